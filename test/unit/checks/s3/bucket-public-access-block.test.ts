import { describe, expect, it } from "vitest";
import { bucketPublicAccessBlock } from "../../../../src/checks/s3/bucket-public-access-block.js";
import type { S3Bucket } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import { ALL_BLOCKED, bucket, NONE_BLOCKED, s3Part } from "./fixtures.js";

function evaluate(...buckets: S3Bucket[]) {
  return bucketPublicAccessBlock.evaluate(inventoryWith({ s3: s3Part(buckets) }));
}

describe("s3.bucket-public-access-block", () => {
  it("fails without a configuration, whatever the account level", () => {
    const [finding] = evaluate(bucket("example-assets", { publicAccessBlock: ok(null) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("NoSuchPublicAccessBlockConfiguration");
  });

  it("fails with settings off and names them", () => {
    const configuration = { ...NONE_BLOCKED, blockPublicAcls: true, blockPublicPolicy: true };
    const [finding] = evaluate(bucket("example-assets", { publicAccessBlock: ok(configuration) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("IgnorePublicAcls and RestrictPublicBuckets are off");
  });

  it("passes with all four settings on", () => {
    const [finding] = evaluate(bucket("example-assets", { publicAccessBlock: ok(ALL_BLOCKED) }));

    expect(finding?.status).toBe("pass");
  });

  it("errors when the setting could not be read", () => {
    const publicAccessBlock = denied("s3:GetBucketPublicAccessBlock");
    const [finding] = evaluate(bucket("example-assets", { publicAccessBlock }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:GetBucketPublicAccessBlock");
  });

  it("is not applicable without buckets", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the buckets could not be listed", () => {
    const [finding] = bucketPublicAccessBlock.evaluate(
      inventoryWith({ s3: denied("s3:ListAllMyBuckets", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.resource.arn).toBe("arn:aws:s3:::*");
  });
});
