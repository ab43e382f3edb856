import type { Collected } from "../../../../src/collect/collected.js";
import type {
  EventSourceMapping,
  IamInventory,
  IamRole,
  LambdaFunction,
  LambdaRegion,
  ManagedPolicy,
} from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, ok, REGION } from "../inventory-fixture.js";

export const BASIC_EXECUTION_ARN =
  "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

/** Builds a function in the test region whose execution role is `NAME-role`. */
export function lambdaFunction(
  name: string,
  overrides: Partial<LambdaFunction> = {},
): LambdaFunction {
  return {
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`,
    name,
    role: roleArn(`${name}-role`),
    runtime: "nodejs20.x",
    inVpc: false,
    ...overrides,
  };
}

export function roleArn(name: string): string {
  return `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
}

/** Builds a region with `functions` and the event source mappings read with them. */
export function lambdaRegion(
  functions: LambdaFunction[],
  eventSourceMappings: Collected<EventSourceMapping[]> = ok([]),
): LambdaRegion {
  return { functions, eventSourceMappings };
}

/** Builds a mapping that feeds the queue `queueName` to `target`. */
export function queueMapping(target: LambdaFunction, queueName: string): EventSourceMapping {
  return {
    uuid: `mapping-${queueName}`,
    functionArn: target.arn,
    eventSourceArn: `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${queueName}`,
    state: "Enabled",
  };
}

/** Builds a role with inline documents given as IAM returns them, or as failed reads. */
export function role(
  name: string,
  attachedPolicyArns: string[] = [],
  inlinePolicies: Record<string, Collected<string>> = {},
): IamRole {
  return { arn: roleArn(name), name, attachedPolicyArns, inlinePolicies };
}

/** Encodes a policy document the way IAM's API returns it: URL-encoded JSON. */
export function encodedPolicy(...statements: Record<string, unknown>[]): Collected<string> {
  return ok(encodeURIComponent(JSON.stringify({ Version: "2012-10-17", Statement: statements })));
}

/** Builds a customer managed policy of the test account whose default version contains `statements`. */
export function customerPolicy(
  name: string,
  ...statements: Record<string, unknown>[]
): ManagedPolicy {
  return {
    arn: `arn:aws:iam::${ACCOUNT_ID}:policy/${name}`,
    name,
    awsManaged: false,
    defaultVersionId: "v1",
    document: encodeURIComponent(JSON.stringify({ Version: "2012-10-17", Statement: statements })),
  };
}

/**
 * Builds an AWS managed policy such as `service-role/AWSLambdaRole` whose default version contains
 * `statements`, as raw JSON: moto 5.2.1 returns the document that way, AWS URL-encoded.
 */
export function awsManagedPolicy(
  pathAndName: string,
  ...statements: Record<string, unknown>[]
): ManagedPolicy {
  return {
    arn: `arn:aws:iam::aws:policy/${pathAndName}`,
    name: pathAndName.split("/").at(-1) ?? pathAndName,
    awsManaged: true,
    defaultVersionId: "v1",
    document: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
  };
}

/** Builds the iam part with `roles` read successfully, plus the failed reads in `failedRoles` by ARN. */
export function iamPart(
  roles: IamRole[],
  managedPolicies: Record<string, Collected<ManagedPolicy>> = {},
  failedRoles: Record<string, Collected<IamRole>> = {},
): Collected<IamInventory> {
  const byArn = Object.fromEntries(roles.map((entry) => [entry.arn, ok(entry)]));
  return ok({ roles: { ...byArn, ...failedRoles }, managedPolicies });
}
