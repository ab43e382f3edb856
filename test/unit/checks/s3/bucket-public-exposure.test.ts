import { describe, expect, it } from "vitest";
import { bucketPublicExposure } from "../../../../src/checks/s3/bucket-public-exposure.js";
import { DEFAULT_SETTINGS } from "../../../../src/checks/settings.js";
import type { S3Bucket, S3Inventory } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import {
  ALL_BLOCKED,
  ALL_USERS,
  AUTHENTICATED_USERS,
  bucket,
  NONE_BLOCKED,
  ownerOnlyAcl,
  policyText,
  s3Part,
} from "./fixtures.js";

const OTHER_ACCOUNT = "444455556666";

/** Bucket Block Public Access as S3 reports a bucket without a configuration. */
const NO_CONFIGURATION = ok(null);

function evaluate(
  target: S3Bucket,
  account: S3Inventory["accountPublicAccessBlock"] = NO_CONFIGURATION,
  trustedAccountIds: string[] = [],
) {
  const inventory = inventoryWith({ s3: s3Part([target], account) });
  const [finding] = bucketPublicExposure.evaluate(inventory, {
    ...DEFAULT_SETTINGS,
    trustedAccountIds,
  });
  return finding;
}

/** Builds a bucket without Block Public Access of its own, with the given policy and ACL. */
function openBucket(overrides: Partial<S3Bucket> = {}) {
  return bucket("example-bucket", { publicAccessBlock: NO_CONFIGURATION, ...overrides });
}

const PUBLIC_READ = {
  Sid: "Legacy",
  Effect: "Allow",
  Principal: "*",
  Action: "s3:GetObject",
  Resource: "arn:aws:s3:::example-bucket/*",
};

describe("s3.bucket-public-exposure", () => {
  it("fails a public policy without block settings in any region", () => {
    const target = bucket("example-za-bucket", {
      region: ok("af-south-1"),
      publicAccessBlock: NO_CONFIGURATION,
      policy: policyText({ ...PUBLIC_READ, Resource: "arn:aws:s3:::example-za-bucket/*" }),
    });
    const finding = evaluate(target);

    expect(finding?.status).toBe("fail");
    expect(finding?.resource.region).toBe("af-south-1");
    expect(finding?.reason).toContain("Bucket example-za-bucket is public");
    expect(finding?.reason).toContain("allows s3:GetObject to any principal");
  });

  it("passes a legacy public policy under account RestrictPublicBuckets", () => {
    const finding = evaluate(openBucket({ policy: policyText(PUBLIC_READ) }), ok(ALL_BLOCKED));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("RestrictPublicBuckets is on at the account level");
    expect(finding?.reason).toContain('Statement 0 ("Legacy")');
  });

  it("passes a public policy under bucket RestrictPublicBuckets", () => {
    const publicAccessBlock = ok({ ...NONE_BLOCKED, restrictPublicBuckets: true });
    const finding = evaluate(
      bucket("example-bucket", { publicAccessBlock, policy: policyText(PUBLIC_READ) }),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("RestrictPublicBuckets is on at the bucket level");
  });

  it("fails a public policy that BlockPublicPolicy only blocks for the future", () => {
    const account = ok({ ...NONE_BLOCKED, blockPublicPolicy: true });
    const finding = evaluate(openBucket({ policy: policyText(PUBLIC_READ) }), account);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("it only rejects new public policies");
  });

  it("passes deny statements and an owner role", () => {
    const policy = policyText(
      {
        Sid: "DenyInsecure",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      {
        Sid: "DenyOutsideVpce",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::example-bucket/*",
        Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0example1234567890" } },
      },
      {
        Sid: "AppRole",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:role/example-app" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::example-bucket/*",
      },
    );
    const finding = evaluate(openBucket({ policy }));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Bucket example-bucket is not public");
  });

  it("fails an AllUsers ACL grant without IgnorePublicAcls", () => {
    const acl = ok(ownerOnlyAcl({ granteeType: "Group", uri: ALL_USERS, permission: "READ" }));
    const finding = evaluate(openBucket({ acl }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      "grants READ to everyone, anonymous callers included (AllUsers)",
    );
    expect(finding?.evidence.PublicAclGrants).toEqual([{ Grantee: ALL_USERS, Permission: "READ" }]);
  });

  it("fails an AuthenticatedUsers write grant", () => {
    const grant = { granteeType: "Group", uri: AUTHENTICATED_USERS, permission: "WRITE" };
    const finding = evaluate(openBucket({ acl: ok(ownerOnlyAcl(grant)) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("WRITE to every AWS account (AuthenticatedUsers)");
  });

  it("passes a public ACL grant under account IgnorePublicAcls", () => {
    const acl = ok(ownerOnlyAcl({ granteeType: "Group", uri: ALL_USERS, permission: "READ" }));
    const account = ok({ ...NONE_BLOCKED, ignorePublicAcls: true });
    const finding = evaluate(openBucket({ acl }), account);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("IgnorePublicAcls is on at the account level");
  });

  it("reports a cross-account grant without failing", () => {
    const policy = policyText({
      Sid: "Partner",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::example-bucket/*",
    });
    const finding = evaluate(openBucket({ policy }));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("also grants access to other accounts");
    expect(finding?.reason).toContain(
      `account ${OTHER_ACCOUNT}, which is neither the owner nor trusted`,
    );
  });

  it("leaves out a trusted account", () => {
    const policy = policyText({
      Effect: "Allow",
      Principal: { AWS: OTHER_ACCOUNT },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::example-bucket/*",
    });
    const finding = evaluate(openBucket({ policy }), NO_CONFIGURATION, [OTHER_ACCOUNT]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).not.toContain("other accounts");
  });

  it("errors when the policy could not be read", () => {
    const finding = evaluate(openBucket({ policy: denied("s3:GetBucketPolicy") }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("GetBucketPolicy failed with AccessDenied");
    expect(finding?.error?.action).toBe("s3:GetBucketPolicy");
  });

  it("errors for a public policy when the account setting is unknown", () => {
    const account = denied("s3:GetAccountPublicAccessBlock", "us-east-1");
    const finding = evaluate(openBucket({ policy: policyText(PUBLIC_READ) }), account);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("the account-level Block Public Access could not be read");
    expect(finding?.error?.action).toBe("s3:GetAccountPublicAccessBlock");
  });

  it("errors for a public ACL when the bucket setting is unknown", () => {
    const acl = ok(ownerOnlyAcl({ granteeType: "Group", uri: ALL_USERS, permission: "READ" }));
    const publicAccessBlock = denied("s3:GetBucketPublicAccessBlock");
    const finding = evaluate(bucket("example-bucket", { acl, publicAccessBlock }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("Whether IgnorePublicAcls neutralises this is unknown");
    expect(finding?.error?.action).toBe("s3:GetBucketPublicAccessBlock");
  });

  it("fails a public policy even when the ACL could not be read", () => {
    const target = openBucket({ policy: policyText(PUBLIC_READ), acl: denied("s3:GetBucketAcl") });
    const finding = evaluate(target);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("The bucket ACL could not be read");
  });

  it("errors naming a bucket whose policy cannot be parsed", () => {
    const finding = evaluate(openBucket({ policy: ok('{"Statement": "all"}') }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("The bucket policy of example-bucket could not be parsed");
  });

  it("needs no policy once RestrictPublicBuckets is on", () => {
    const finding = evaluate(openBucket({ policy: denied("s3:GetBucketPolicy") }), ok(ALL_BLOCKED));

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence.BucketPolicy).toEqual({ Unread: "s3:GetBucketPolicy" });
  });

  it("is not applicable without buckets", () => {
    const [finding] = bucketPublicExposure.evaluate(inventoryWith({ s3: s3Part([]) }));

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the buckets could not be listed", () => {
    const [finding] = bucketPublicExposure.evaluate(
      inventoryWith({ s3: denied("s3:ListAllMyBuckets", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
  });
});
