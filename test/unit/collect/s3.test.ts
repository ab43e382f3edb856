import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { regionFromLocationConstraint, s3Collector } from "../../../src/collect/s3.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);
let context: CollectContext;

beforeEach(() => {
  s3.reset();
  s3control.reset();
  context = contextFor(["eu-west-1"]);
  s3.on(GetBucketEncryptionCommand).rejects(
    awsError("ServerSideEncryptionConfigurationNotFoundError", 404),
  );
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetPublicAccessBlockCommand).rejects(awsError("NoSuchPublicAccessBlockConfiguration", 404));
  s3.on(GetBucketPolicyCommand).rejects(awsError("NoSuchBucketPolicy", 404));
  s3.on(GetBucketAclCommand).resolves({ Owner: { ID: "owner" }, Grants: [] });
  s3.on(GetBucketOwnershipControlsCommand).rejects(awsError("OwnershipControlsNotFoundError", 404));
  s3control.resolves({});
});

afterEach(() => context.clients.destroy());

function listBuckets(...buckets: { Name: string; BucketRegion?: string }[]): void {
  s3.on(ListBucketsCommand).resolves({ Buckets: buckets });
}

async function collectOne() {
  const { buckets } = await s3Collector.collect(context, "us-east-1");
  expect(buckets).toHaveLength(1);
  return buckets[0]!;
}

describe("s3Collector", () => {
  it("follows ListBuckets continuation tokens", async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: "first", BucketRegion: "eu-west-1" }],
      ContinuationToken: "page-2",
    });
    s3.on(ListBucketsCommand, { ContinuationToken: "page-2" }).resolves({
      Buckets: [{ Name: "second", BucketRegion: "eu-west-1" }],
    });

    const { buckets } = await s3Collector.collect(context, "us-east-1");

    expect(buckets.map((bucket) => bucket.name)).toEqual(["first", "second"]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(2);
    expect(s3.commandCalls(ListBucketsCommand)[0]!.args[0].input.MaxBuckets).toBe(1000);
  });

  it("takes BucketRegion from ListBuckets", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-central-1" });

    const bucket = await collectOne();

    expect(bucket.region).toEqual({ ok: true, value: "eu-central-1" });
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
  });

  it("builds the bucket ARN", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });

    const bucket = await collectOne();

    expect(bucket.arn).toBe("arn:aws:s3:::assets");
  });

  it("reads the region with GetBucketLocation", async () => {
    listBuckets({ Name: "assets" });
    s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: "ap-southeast-2" });

    const bucket = await collectOne();

    expect(bucket.region).toEqual({ ok: true, value: "ap-southeast-2" });
  });

  it("maps location constraints to regions", () => {
    expect(regionFromLocationConstraint(undefined)).toBe("us-east-1");
    expect(regionFromLocationConstraint(null)).toBe("us-east-1");
    expect(regionFromLocationConstraint("")).toBe("us-east-1");
    expect(regionFromLocationConstraint("EU")).toBe("eu-west-1");
    expect(regionFromLocationConstraint("af-south-1")).toBe("af-south-1");
  });

  it("sends per-bucket calls to the bucket region", async () => {
    listBuckets({ Name: "example-za-bucket" });
    s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: "af-south-1" });
    // S3 answers IllegalLocationConstraintException when another region's endpoint is asked.
    s3.on(GetBucketEncryptionCommand).callsFake(async (_input, getClient) => {
      if ((await regionOf(getClient())) !== "af-south-1") {
        throw awsError("IllegalLocationConstraintException");
      }
      return {
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
      };
    });

    const bucket = await collectOne();

    expect(bucket.encryption).toEqual({ ok: true, value: { algorithm: "AES256" } });
    const encryptionCall = s3.commandCalls(GetBucketEncryptionCommand)[0]!;
    const loggingCall = s3.commandCalls(GetBucketLoggingCommand)[0]!;
    const locationCall = s3.commandCalls(GetBucketLocationCommand)[0]!;
    expect(await regionOf(encryptionCall.thisValue)).toBe("af-south-1");
    expect(await regionOf(loggingCall.thisValue)).toBe("af-south-1");
    expect(await regionOf(locationCall.thisValue)).toBe("us-east-1");
  });

  it("reads SSE-KMS encryption with its key", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });
    s3.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: "aws:kms",
              KMSMasterKeyID: "arn:aws:kms:eu-west-1:111122223333:key/1234",
            },
            BucketKeyEnabled: true,
          },
        ],
      },
    });

    const bucket = await collectOne();

    expect(bucket.encryption).toEqual({
      ok: true,
      value: {
        algorithm: "aws:kms",
        kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234",
        bucketKeyEnabled: true,
      },
    });
  });

  it("records missing encryption configuration as null", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });

    const bucket = await collectOne();

    expect(bucket.encryption).toEqual({ ok: true, value: null });
  });

  it("records denied encryption as failed", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });
    s3.on(GetBucketEncryptionCommand).rejects(awsError("AccessDenied", 403));

    const bucket = await collectOne();

    expect(bucket.encryption.ok).toBe(false);
    if (bucket.encryption.ok) return;
    expect(bucket.encryption.error.kind).toBe("access_denied");
    expect(bucket.encryption.error.action).toBe("s3:GetEncryptionConfiguration");
    expect(bucket.encryption.error.region).toBe("eu-west-1");
    expect(bucket.encryption.error.resource).toBe("assets");
  });

  it("records logging off as null", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });

    const bucket = await collectOne();

    expect(bucket.logging).toEqual({ ok: true, value: null });
  });

  it("reads the logging target", async () => {
    listBuckets({ Name: "assets", BucketRegion: "eu-west-1" });
    s3.on(GetBucketLoggingCommand).resolves({
      LoggingEnabled: { TargetBucket: "logs", TargetPrefix: "assets/" },
    });

    const bucket = await collectOne();

    expect(bucket.logging).toEqual({
      ok: true,
      value: { targetBucket: "logs", targetPrefix: "assets/" },
    });
  });

  it("fails per-bucket fields when the region is unknown", async () => {
    listBuckets({ Name: "assets" });
    s3.on(GetBucketLocationCommand).rejects(awsError("AccessDenied", 403));

    const bucket = await collectOne();

    expect(bucket.region.ok).toBe(false);
    const fields = [
      bucket.encryption,
      bucket.logging,
      bucket.publicAccessBlock,
      bucket.policy,
      bucket.acl,
      bucket.objectOwnership,
    ];
    for (const field of fields) {
      expect(field.ok).toBe(false);
      if (field.ok) continue;
      expect(field.error.operation).toBe("GetBucketLocation");
      expect(field.error.action).toBe("s3:GetBucketLocation");
    }
    expect(s3.commandCalls(GetBucketEncryptionCommand)).toHaveLength(0);
    expect(s3.commandCalls(GetBucketPolicyCommand)).toHaveLength(0);
  });

  it("propagates a ListBuckets failure", async () => {
    s3.on(ListBucketsCommand).rejects(awsError("AccessDenied", 403));

    await expect(s3Collector.collect(context, "us-east-1")).rejects.toThrow("AccessDenied");
  });

  it("declares every IAM action it calls", () => {
    expect(s3Collector.actions).toEqual([
      "s3:ListAllMyBuckets",
      "s3:GetBucketLocation",
      "s3:GetEncryptionConfiguration",
      "s3:GetBucketLogging",
      "s3:GetBucketPublicAccessBlock",
      "s3:GetBucketPolicy",
      "s3:GetBucketAcl",
      "s3:GetBucketOwnershipControls",
      "s3:GetAccountPublicAccessBlock",
    ]);
  });
});
