import type { InventoryPart } from "./inventory.js";
import type { Collector } from "./collector.js";
import { cloudfrontCollector } from "./cloudfront.js";
import { cloudtrailCollector } from "./cloudtrail.js";
import { ecsCollector } from "./ecs.js";
import { elbv2Collector } from "./elbv2.js";
import { iamCollector } from "./iam.js";
import { kmsCollector } from "./kms.js";
import { lambdaCollector } from "./lambda.js";
import { rdsCollector } from "./rds.js";
import { s3Collector } from "./s3.js";
import { snsCollector } from "./sns.js";
import { sqsCollector } from "./sqs.js";
import { wafv2CloudfrontCollector } from "./wafv2-cloudfront.js";
import { wafv2Collector } from "./wafv2.js";

/** One collector per inventory part. */
export const COLLECTORS: { [P in InventoryPart]: Collector<P> } = {
  rds: rdsCollector,
  elbv2: elbv2Collector,
  cloudfront: cloudfrontCollector,
  s3: s3Collector,
  cloudtrail: cloudtrailCollector,
  ecs: ecsCollector,
  sqs: sqsCollector,
  sns: snsCollector,
  kms: kmsCollector,
  wafv2: wafv2Collector,
  wafv2Cloudfront: wafv2CloudfrontCollector,
  lambda: lambdaCollector,
  iam: iamCollector,
};
