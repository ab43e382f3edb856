import {
  GetBucketAclCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  type Grant,
  type PublicAccessBlockConfiguration,
} from "@aws-sdk/client-s3";
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { GLOBAL_REGION } from "../aws/regions.js";
import type { Collected } from "./collected.js";
import { attempt, type CollectContext } from "./collector.js";
import type { PublicAccessBlock, S3Acl, S3Grant } from "./inventory.js";

/** Error code of S3 and S3 Control for a bucket or account without Block Public Access settings. */
const NO_PUBLIC_ACCESS_BLOCK = "NoSuchPublicAccessBlockConfiguration";

/** GetBucketPolicy's error code for a bucket without a policy. */
const NO_BUCKET_POLICY = "NoSuchBucketPolicy";

/** GetBucketOwnershipControls' error code for a bucket without Object Ownership settings. */
const NO_OWNERSHIP_CONTROLS = "OwnershipControlsNotFoundError";

/** Bucket fields that decide who can reach the bucket's objects. */
export interface BucketAccess {
  publicAccessBlock: Collected<PublicAccessBlock | null>;
  policy: Collected<string | null>;
  acl: Collected<S3Acl>;
  objectOwnership: Collected<string | null>;
}

/** Reads the access settings of one bucket concurrently, from a client of the bucket's region. */
export async function readBucketAccess(
  context: CollectContext,
  name: string,
  region: string,
): Promise<BucketAccess> {
  const client = context.clients.get("s3", region);
  const site = (operation: string) => ({
    service: "s3" as const,
    operation,
    region,
    resource: name,
  });

  const [publicAccessBlock, policy, acl, objectOwnership] = await Promise.all([
    attempt(site("GetPublicAccessBlock"), () =>
      orNullWhen(NO_PUBLIC_ACCESS_BLOCK, async () => {
        const response = await client.send(new GetPublicAccessBlockCommand({ Bucket: name }));
        return toPublicAccessBlock(response.PublicAccessBlockConfiguration);
      }),
    ),
    attempt(site("GetBucketPolicy"), () =>
      orNullWhen(NO_BUCKET_POLICY, async () => {
        const response = await client.send(new GetBucketPolicyCommand({ Bucket: name }));
        return response.Policy ?? null;
      }),
    ),
    attempt(site("GetBucketAcl"), async (): Promise<S3Acl> => {
      const response = await client.send(new GetBucketAclCommand({ Bucket: name }));
      const acl: S3Acl = { grants: (response.Grants ?? []).map(toGrant) };
      if (response.Owner?.ID !== undefined) acl.ownerId = response.Owner.ID;
      return acl;
    }),
    attempt(site("GetBucketOwnershipControls"), () =>
      orNullWhen(NO_OWNERSHIP_CONTROLS, async () => {
        const response = await client.send(new GetBucketOwnershipControlsCommand({ Bucket: name }));
        return response.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null;
      }),
    ),
  ]);
  return { publicAccessBlock, policy, acl, objectOwnership };
}

/**
 * Reads the account-level Block Public Access settings with S3 Control, which takes the account
 * id as a parameter. A failure is recorded in the result and never fails the S3 part.
 */
export function readAccountPublicAccessBlock(
  context: CollectContext,
): Promise<Collected<PublicAccessBlock | null>> {
  const client = context.clients.get("s3control", GLOBAL_REGION);
  return attempt(
    { service: "s3control", operation: "GetPublicAccessBlock", region: GLOBAL_REGION },
    () =>
      orNullWhen(NO_PUBLIC_ACCESS_BLOCK, async () => {
        const response = await client.send(
          new GetAccountPublicAccessBlockCommand({ AccountId: context.accountId }),
        );
        return toPublicAccessBlock(response.PublicAccessBlockConfiguration);
      }),
  );
}

/** Runs `read` and returns null when it fails with the error code that means "not configured". */
async function orNullWhen<T>(code: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { name?: string }).name === code) return null;
    throw error;
  }
}

/** Maps the four settings. S3 leaves a setting out when it is off, so a missing one is false. */
function toPublicAccessBlock(
  configuration: PublicAccessBlockConfiguration | undefined,
): PublicAccessBlock | null {
  if (configuration === undefined) return null;
  return {
    blockPublicAcls: configuration.BlockPublicAcls ?? false,
    ignorePublicAcls: configuration.IgnorePublicAcls ?? false,
    blockPublicPolicy: configuration.BlockPublicPolicy ?? false,
    restrictPublicBuckets: configuration.RestrictPublicBuckets ?? false,
  };
}

function toGrant(grant: Grant): S3Grant {
  const result: S3Grant = {
    granteeType: grant.Grantee?.Type ?? "",
    permission: grant.Permission ?? "",
  };
  if (grant.Grantee?.URI !== undefined) result.uri = grant.Grantee.URI;
  if (grant.Grantee?.ID !== undefined) result.id = grant.Grantee.ID;
  return result;
}
