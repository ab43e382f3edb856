import { describe, expect, it } from "vitest";
import { tlsOnlyPolicy } from "../../../../src/checks/s3/tls-only-policy.js";
import type { S3Bucket } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import { bucket, policyText, s3Part } from "./fixtures.js";

function evaluate(...buckets: S3Bucket[]) {
  return tlsOnlyPolicy.evaluate(inventoryWith({ s3: s3Part(buckets) }));
}

function evaluateStatements(...statements: Record<string, unknown>[]) {
  const [finding] = evaluate(bucket("example-bucket", { policy: policyText(...statements) }));
  return finding;
}

const DENY_INSECURE = {
  Sid: "DenyInsecure",
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};

describe("s3.tls-only-policy", () => {
  it("passes the standard deny statement", () => {
    const finding = evaluateStatements(DENY_INSECURE);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain('Statement 0 ("DenyInsecure")');
  });

  it("passes BoolIfExists, a lower-case key and an AWS wildcard principal", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Principal: { AWS: "*" },
      Action: "*",
      Resource: "arn:aws:s3:::example-*",
      Condition: { BoolIfExists: { "aws:securetransport": false } },
    });

    expect(finding?.status).toBe("pass");
  });

  it("fails a statement that leaves out the bucket itself", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Resource: "arn:aws:s3:::example-bucket/*",
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("do not cover the bucket arn:aws:s3:::example-bucket");
  });

  it("fails a statement that covers only some objects", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/private/*"],
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("do not cover every object");
  });

  it("fails a statement limited to some actions", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Action: ["s3:GetObject", "s3:PutObject"],
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("instead of every S3 action");
  });

  it("fails a statement limited to one principal", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Principal: { AWS: "arn:aws:iam::111122223333:role/example-app" },
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("instead of every principal");
  });

  it("fails a statement narrowed by a second condition", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Condition: {
        Bool: { "aws:SecureTransport": "false" },
        IpAddress: { "aws:SourceIp": "203.0.113.0/24" },
      },
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("also requires IpAddress on aws:SourceIp");
  });

  it("fails an Allow statement on aws:SecureTransport", () => {
    const finding = evaluateStatements({
      ...DENY_INSECURE,
      Effect: "Allow",
      Condition: { Bool: { "aws:SecureTransport": "true" } },
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("no Deny statement on aws:SecureTransport");
  });

  it("fails a bucket without a policy", () => {
    const [finding] = evaluate(bucket("example-bucket"));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("has no bucket policy");
  });

  it("errors when the policy could not be read", () => {
    const [finding] = evaluate(bucket("example-bucket", { policy: denied("s3:GetBucketPolicy") }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:GetBucketPolicy");
  });

  it("errors naming a bucket whose policy cannot be parsed", () => {
    const [finding] = evaluate(bucket("example-bucket", { policy: ok("not json") }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("The bucket policy of example-bucket could not be parsed");
  });

  it("is not applicable without buckets", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });
});
