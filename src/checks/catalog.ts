import type { Check } from "./check.js";
import { checks as cloudfront } from "./cloudfront/index.js";
import { checks as cloudtrail } from "./cloudtrail/index.js";
import { checks as ecs } from "./ecs/index.js";
import { checks as elbv2 } from "./elbv2/index.js";
import { checks as lambda } from "./lambda/index.js";
import { checks as rds } from "./rds/index.js";
import { checks as s3 } from "./s3/index.js";
import { checks as sns } from "./sns/index.js";
import { checks as sqs } from "./sqs/index.js";
import { checks as wafv2 } from "./wafv2/index.js";

/** Every control the tool implements, from the service folders' index files. */
export const CHECKS: readonly Check[] = [
  ...rds,
  ...elbv2,
  ...cloudfront,
  ...s3,
  ...cloudtrail,
  ...ecs,
  ...sqs,
  ...sns,
  ...lambda,
  ...wafv2,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
