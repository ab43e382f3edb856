import type { S3Bucket } from "../../../../src/collect/inventory.js";
import { ok, REGION } from "../inventory-fixture.js";

/** Builds a bucket in the test region with SSE-KMS default encryption and no server access logging. */
export function bucket(name: string, overrides: Partial<S3Bucket> = {}): S3Bucket {
  return {
    name,
    arn: `arn:aws:s3:::${name}`,
    region: ok(REGION),
    encryption: ok({
      algorithm: "aws:kms",
      kmsKeyId: "alias/example-assets",
      bucketKeyEnabled: true,
    }),
    logging: ok(null),
    ...overrides,
  };
}

/** Builds a server access logging configuration with target `targetBucket`. */
export function loggingTo(targetBucket: string) {
  return ok({ targetBucket, targetPrefix: "s3/" });
}
