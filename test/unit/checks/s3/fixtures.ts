import type {
  PublicAccessBlock,
  S3Acl,
  S3Bucket,
  S3Inventory,
} from "../../../../src/collect/inventory.js";
import { ok, REGION } from "../inventory-fixture.js";

/** Canonical user id of the bucket owner in every fixture ACL. */
export const OWNER_CANONICAL_ID =
  "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";

export const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
export const AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

/** Block Public Access with all four settings on. */
export const ALL_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

/** Block Public Access with all four settings off. */
export const NONE_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/** Builds the ACL S3 gives a new bucket (FULL_CONTROL for the owner only), plus `extraGrants`. */
export function ownerOnlyAcl(...extraGrants: S3Acl["grants"]): S3Acl {
  return {
    ownerId: OWNER_CANONICAL_ID,
    grants: [
      { granteeType: "CanonicalUser", id: OWNER_CANONICAL_ID, permission: "FULL_CONTROL" },
      ...extraGrants,
    ],
  };
}

/**
 * Builds a bucket in the test region with the settings of a new bucket today: SSE-KMS default
 * encryption, no server access logging, all four Block Public Access settings, no policy, an
 * owner-only ACL and ACLs disabled.
 */
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
    publicAccessBlock: ok(ALL_BLOCKED),
    policy: ok(null),
    acl: ok(ownerOnlyAcl()),
    objectOwnership: ok("BucketOwnerEnforced"),
    ...overrides,
  };
}

/** Builds the s3 part holding `buckets`, with account-level Block Public Access fully on by default. */
export function s3Part(
  buckets: S3Bucket[],
  accountPublicAccessBlock: S3Inventory["accountPublicAccessBlock"] = ok(ALL_BLOCKED),
) {
  return ok<S3Inventory>({ buckets, accountPublicAccessBlock });
}

/** Builds a server access logging configuration with target `targetBucket`. */
export function loggingTo(targetBucket: string) {
  return ok({ targetBucket, targetPrefix: "s3/" });
}

/** Serializes a bucket policy with `statements`, as GetBucketPolicy returns it. */
export function policyText(...statements: Record<string, unknown>[]) {
  return ok(JSON.stringify({ Version: "2012-10-17", Statement: statements }));
}
