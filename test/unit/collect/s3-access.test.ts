import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from "@aws-sdk/client-s3-control";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Collected, CollectionError } from "../../../src/collect/collected.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import { s3Collector } from "../../../src/collect/s3.js";
import { ACCOUNT_ID, awsError, contextFor, regionOf } from "./mock-context.js";

const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);
let context: CollectContext;

const ALL_BLOCKED = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

beforeEach(() => {
  s3.reset();
  s3control.reset();
  context = contextFor(["eu-west-1"]);
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: "assets", BucketRegion: "eu-west-1" }] });
  s3.on(GetBucketEncryptionCommand).resolves({});
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetPublicAccessBlockCommand).rejects(awsError("NoSuchPublicAccessBlockConfiguration", 404));
  s3.on(GetBucketPolicyCommand).rejects(awsError("NoSuchBucketPolicy", 404));
  s3.on(GetBucketAclCommand).resolves({ Owner: { ID: "owner-id" }, Grants: [] });
  s3.on(GetBucketOwnershipControlsCommand).rejects(awsError("OwnershipControlsNotFoundError", 404));
  s3control
    .on(GetAccountPublicAccessBlockCommand)
    .rejects(awsError("NoSuchPublicAccessBlockConfiguration", 404));
});

afterEach(() => context.clients.destroy());

async function collectBucket() {
  const { buckets } = await s3Collector.collect(context, "us-east-1");
  return buckets[0]!;
}

/** Asserts that a field failed with access denied for `action`, and returns its error. */
function expectDenied(field: Collected<unknown>, action: string): CollectionError {
  if (field.ok) throw new Error(`expected ${action} to be denied, but the field was read`);
  expect(field.error.kind).toBe("access_denied");
  expect(field.error.action).toBe(action);
  return field.error;
}

describe("s3Collector bucket access", () => {
  it("reads bucket block settings", async () => {
    s3.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
    });

    const bucket = await collectBucket();

    expect(bucket.publicAccessBlock).toEqual({
      ok: true,
      value: {
        blockPublicAcls: true,
        ignorePublicAcls: false,
        blockPublicPolicy: false,
        restrictPublicBuckets: true,
      },
    });
  });

  it("records missing bucket block settings as null", async () => {
    const bucket = await collectBucket();

    expect(bucket.publicAccessBlock).toEqual({ ok: true, value: null });
  });

  it("keeps the policy text verbatim", async () => {
    const policy =
      '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",' +
      '"Resource":"arn:aws:s3:::assets/a%20b+c%2B/*"}]}';
    s3.on(GetBucketPolicyCommand).resolves({ Policy: policy });

    const bucket = await collectBucket();

    expect(bucket.policy).toEqual({ ok: true, value: policy });
  });

  it("records a missing policy as null", async () => {
    const bucket = await collectBucket();

    expect(bucket.policy).toEqual({ ok: true, value: null });
  });

  it("keeps a denied policy local", async () => {
    s3.on(GetBucketPolicyCommand).rejects(awsError("AccessDenied", 403));

    const bucket = await collectBucket();

    const error = expectDenied(bucket.policy, "s3:GetBucketPolicy");
    expect(error.resource).toBe("assets");
    expect(error.region).toBe("eu-west-1");
    expect(bucket.acl.ok).toBe(true);
    expect(bucket.publicAccessBlock.ok).toBe(true);
    expect(bucket.objectOwnership.ok).toBe(true);
  });

  it("reads ACL grants and owner", async () => {
    s3.on(GetBucketAclCommand).resolves({
      Owner: { ID: "owner-id", DisplayName: "owner" },
      Grants: [
        { Grantee: { Type: "CanonicalUser", ID: "owner-id" }, Permission: "FULL_CONTROL" },
        {
          Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
          Permission: "READ",
        },
      ],
    });

    const bucket = await collectBucket();

    expect(bucket.acl).toEqual({
      ok: true,
      value: {
        ownerId: "owner-id",
        grants: [
          { granteeType: "CanonicalUser", id: "owner-id", permission: "FULL_CONTROL" },
          {
            granteeType: "Group",
            uri: "http://acs.amazonaws.com/groups/global/AllUsers",
            permission: "READ",
          },
        ],
      },
    });
  });

  it("records a denied ACL as failed", async () => {
    s3.on(GetBucketAclCommand).rejects(awsError("AccessDenied", 403));

    const bucket = await collectBucket();

    expectDenied(bucket.acl, "s3:GetBucketAcl");
  });

  it("reads Object Ownership of the first rule", async () => {
    s3.on(GetBucketOwnershipControlsCommand).resolves({
      OwnershipControls: {
        Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }, { ObjectOwnership: "ObjectWriter" }],
      },
    });

    const bucket = await collectBucket();

    expect(bucket.objectOwnership).toEqual({ ok: true, value: "BucketOwnerEnforced" });
  });

  it("records missing ownership controls as null", async () => {
    const bucket = await collectBucket();

    expect(bucket.objectOwnership).toEqual({ ok: true, value: null });
  });

  it("records denied block settings as failed", async () => {
    s3.on(GetPublicAccessBlockCommand).rejects(awsError("AccessDenied", 403));

    const bucket = await collectBucket();

    expectDenied(bucket.publicAccessBlock, "s3:GetBucketPublicAccessBlock");
  });

  it("sends access calls to the bucket region", async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: "example-za-bucket", BucketRegion: "af-south-1" }],
    });
    // S3 returns IllegalLocationConstraintException when another region's endpoint is called.
    s3.on(GetBucketPolicyCommand).callsFake(async (_input, getClient) => {
      if ((await regionOf(getClient())) !== "af-south-1") {
        throw awsError("IllegalLocationConstraintException");
      }
      return { Policy: '{"Statement":[]}' };
    });

    const bucket = await collectBucket();

    expect(bucket.policy).toEqual({ ok: true, value: '{"Statement":[]}' });
    for (const command of [
      GetPublicAccessBlockCommand,
      GetBucketAclCommand,
      GetBucketOwnershipControlsCommand,
    ] as const) {
      const call = s3.commandCalls(command)[0]!;
      expect(await regionOf(call.thisValue)).toBe("af-south-1");
    }
  });

  it("runs the access calls of a bucket concurrently", { timeout: 2000 }, async () => {
    // Each call waits until all four have started, so sequential calls would never finish.
    let started = 0;
    let releaseAll: () => void = () => undefined;
    const allStarted = new Promise<void>((resolve) => (releaseAll = resolve));
    const barrier = async <T>(response: T): Promise<T> => {
      started += 1;
      if (started === 4) releaseAll();
      await allStarted;
      return response;
    };
    s3.on(GetPublicAccessBlockCommand).callsFake(() => barrier({}));
    s3.on(GetBucketPolicyCommand).callsFake(() => barrier({}));
    s3.on(GetBucketAclCommand).callsFake(() => barrier({}));
    s3.on(GetBucketOwnershipControlsCommand).callsFake(() => barrier({}));

    const bucket = await collectBucket();

    expect(started).toBe(4);
    expect(bucket.acl).toEqual({ ok: true, value: { grants: [] } });
  });
});

describe("s3Collector account block settings", () => {
  it("reads them for the audited account", async () => {
    s3control
      .on(GetAccountPublicAccessBlockCommand)
      .resolves({ PublicAccessBlockConfiguration: ALL_BLOCKED });

    const inventory = await s3Collector.collect(context, "us-east-1");

    expect(inventory.accountPublicAccessBlock).toEqual({
      ok: true,
      value: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
    });
    const call = s3control.commandCalls(GetAccountPublicAccessBlockCommand)[0]!;
    expect(call.args[0].input.AccountId).toBe(ACCOUNT_ID);
    expect(await regionOf(call.thisValue)).toBe("us-east-1");
  });

  it("records missing settings as null", async () => {
    const inventory = await s3Collector.collect(context, "us-east-1");

    expect(inventory.accountPublicAccessBlock).toEqual({ ok: true, value: null });
  });

  it("records a denial without failing the buckets", async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError("AccessDenied", 403));

    const inventory = await s3Collector.collect(context, "us-east-1");

    expectDenied(inventory.accountPublicAccessBlock, "s3:GetAccountPublicAccessBlock");
    expect(inventory.buckets).toHaveLength(1);
  });
});
