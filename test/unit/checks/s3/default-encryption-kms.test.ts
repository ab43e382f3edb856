import { describe, expect, it } from "vitest";
import { defaultEncryptionKms } from "../../../../src/checks/s3/default-encryption-kms.js";
import type { S3Bucket } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Region, loadBalancer } from "../elbv2/fixtures.js";
import { bucket, s3Part } from "./fixtures.js";

function evaluate(...buckets: S3Bucket[]) {
  return defaultEncryptionKms.evaluate(inventoryWith({ s3: s3Part(buckets) }));
}

describe("s3.default-encryption-kms", () => {
  it("fails SSE-S3", () => {
    const [finding] = evaluate(
      bucket("example-assets", { encryption: ok({ algorithm: "AES256" }) }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("SSE-S3 (AES256)");
    expect(finding?.reason).toContain("threat model asks for encryption at rest with AWS KMS keys");
  });

  it("passes SSE-S3 on an ALB access log bucket", () => {
    const alb = loadBalancer({
      attributes: ok({ "access_logs.s3.enabled": "true", "access_logs.s3.bucket": "example-logs" }),
    });
    const inventory = inventoryWith({
      s3: s3Part([bucket("example-logs", { encryption: ok({ algorithm: "AES256" }) })]),
      elbv2: { [REGION]: ok(elbv2Region({ loadBalancers: [alb] })) },
    });

    const [finding] = defaultEncryptionKms.evaluate(inventory);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("ALB access logs support only SSE-S3");
  });

  it("errors on SSE-S3 when ALB attributes are unknown", () => {
    const alb = loadBalancer({
      attributes: denied("elasticloadbalancing:DescribeLoadBalancerAttributes"),
    });
    const inventory = inventoryWith({
      s3: s3Part([bucket("example-logs", { encryption: ok({ algorithm: "AES256" }) })]),
      elbv2: { [REGION]: ok(elbv2Region({ loadBalancers: [alb] })) },
    });

    const [finding] = defaultEncryptionKms.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeLoadBalancerAttributes");
  });

  it("fails SSE-S3 when ALB logging is off", () => {
    const alb = loadBalancer({
      attributes: ok({
        "access_logs.s3.enabled": "false",
        "access_logs.s3.bucket": "example-logs",
      }),
    });
    const inventory = inventoryWith({
      s3: s3Part([bucket("example-logs", { encryption: ok({ algorithm: "AES256" }) })]),
      elbv2: { [REGION]: ok(elbv2Region({ loadBalancers: [alb] })) },
    });

    const [finding] = defaultEncryptionKms.evaluate(inventory);

    expect(finding?.status).toBe("fail");
  });

  it("fails a bucket without default encryption", () => {
    const [finding] = evaluate(bucket("example-assets", { encryption: ok(null) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("no default encryption configuration");
  });

  it("passes SSE-KMS", () => {
    const [finding] = evaluate(bucket("example-assets"));

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toEqual({
      SSEAlgorithm: "aws:kms",
      KMSMasterKeyID: "alias/example-assets",
      BucketKeyEnabled: true,
    });
  });

  it("passes DSSE-KMS with the AWS managed key", () => {
    const [finding] = evaluate(
      bucket("example-assets", { encryption: ok({ algorithm: "aws:kms:dsse" }) }),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("AWS managed key aws/s3");
  });

  it("errors when encryption could not be read", () => {
    const encryption = denied("s3:GetEncryptionConfiguration", "us-east-1");
    const [finding] = evaluate(bucket("example-assets", { encryption }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:GetEncryptionConfiguration");
  });

  it("errors when the buckets could not be listed", () => {
    const [finding] = defaultEncryptionKms.evaluate(
      inventoryWith({ s3: denied("s3:ListAllMyBuckets", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.resource.arn).toBe("arn:aws:s3:::*");
  });

  it("is not applicable without buckets", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });
});
