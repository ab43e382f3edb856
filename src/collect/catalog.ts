import type { InventoryPart } from "./inventory.js";
import type { Collector } from "./collector.js";
import { cloudfrontCollector } from "./cloudfront.js";
import { cloudtrailCollector } from "./cloudtrail.js";
import { ecsCollector } from "./ecs.js";
import { elbv2Collector } from "./elbv2.js";
import { kmsCollector } from "./kms.js";
import { rdsCollector } from "./rds.js";
import { s3Collector } from "./s3.js";
import { snsCollector } from "./sns.js";
import { sqsCollector } from "./sqs.js";

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
};
