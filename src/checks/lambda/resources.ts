import type { LambdaFunction } from "../../collect/inventory.js";
import type { ResourceRef } from "../check.js";

export const FUNCTION_TYPE = "AWS::Lambda::Function";

export function functionRef(lambdaFunction: LambdaFunction, region: string): ResourceRef {
  return { arn: lambdaFunction.arn, type: FUNCTION_TYPE, region, name: lambdaFunction.name };
}
