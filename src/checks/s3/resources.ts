import { GLOBAL_REGION } from "../../aws/regions.js";
import type { S3Bucket } from "../../collect/inventory.js";
import type { ResourceRef } from "../check.js";

export const BUCKET_TYPE = "AWS::S3::Bucket";

/**
 * Builds a bucket's resource reference. A bucket whose region could not be read is reported in
 * us-east-1, the region of the global S3 endpoint.
 */
export function bucketRef(bucket: S3Bucket): ResourceRef {
  const region = bucket.region.ok ? bucket.region.value : GLOBAL_REGION;
  return { arn: bucket.arn, type: BUCKET_TYPE, region, name: bucket.name };
}

/** Builds the scope of every bucket of the account, used when the listing is empty or failed. */
export function bucketsScope(): ResourceRef {
  return { arn: "arn:aws:s3:::*", type: BUCKET_TYPE, region: GLOBAL_REGION, name: "S3 buckets" };
}
