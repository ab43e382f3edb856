import { distinctPages } from "./pages.js";
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  paginateListBuckets,
  type Bucket,
  type ServerSideEncryptionRule,
} from "@aws-sdk/client-s3";
import { actionsFor } from "../aws/read-operations.js";
import { GLOBAL_REGION } from "../aws/regions.js";
import { collected, type Collected } from "./collected.js";
import { attempt, mapConcurrently, type CollectContext, type Collector } from "./collector.js";
import type { S3Bucket, S3Encryption } from "./inventory.js";
import { readAccountPublicAccessBlock, readBucketAccess } from "./s3-access.js";

/**
 * AWS rejects unpaginated ListBuckets requests from accounts whose bucket quota is above 10,000,
 * so every request sets MaxBuckets (the API accepts 1 to 10,000).
 */
const LIST_BUCKETS_PAGE_SIZE = 1000;

/** GetBucketEncryption's error code for a bucket without a default encryption configuration. */
const NO_ENCRYPTION_CONFIGURATION = "ServerSideEncryptionConfigurationNotFoundError";

/**
 * Reads every bucket of the account with its region, default encryption, access logging, Block
 * Public Access settings, policy, ACL and Object Ownership. It also reads the account-level Block
 * Public Access settings. ListBuckets is global, but S3 returns a bucket's configuration only from
 * the bucket's own region. Another region's endpoint returns IllegalLocationConstraintException or a
 * redirect, so each per-bucket call goes to a client of that region.
 */
export const s3Collector: Collector<"s3"> = {
  part: "s3",
  service: "s3",
  scope: "global",
  label: "S3",
  actions: actionsFor("s3", [
    "ListBuckets",
    "GetBucketLocation",
    "GetBucketEncryption",
    "GetBucketLogging",
    "GetPublicAccessBlock",
    "GetBucketPolicy",
    "GetBucketAcl",
    "GetBucketOwnershipControls",
  ]).concat(actionsFor("s3control", ["GetPublicAccessBlock"])),

  async collect(context) {
    const client = context.clients.get("s3", GLOBAL_REGION);
    const accountBlock = readAccountPublicAccessBlock(context);

    const listed: Bucket[] = [];
    const pages = distinctPages(
      paginateListBuckets({ client, pageSize: LIST_BUCKETS_PAGE_SIZE }, {}),
      "s3",
      "ListBuckets",
    );
    for await (const page of pages) listed.push(...(page.Buckets ?? []));

    const named = listed.filter((bucket) => bucket.Name !== undefined);
    const buckets = await mapConcurrently(named, (bucket) => readBucket(context, bucket));
    return { buckets, accountPublicAccessBlock: await accountBlock };
  },

  countResources: (inventory) => inventory.buckets.length,
};

async function readBucket(context: CollectContext, listed: Bucket): Promise<S3Bucket> {
  const name = listed.Name ?? "";
  const arn = listed.BucketArn ?? `arn:aws:s3:::${name}`;

  const region = await readBucketRegion(context, listed);
  if (!region.ok) {
    return {
      name,
      arn,
      region,
      encryption: region,
      logging: region,
      publicAccessBlock: region,
      policy: region,
      acl: region,
      objectOwnership: region,
    };
  }

  const [encryption, logging, access] = await Promise.all([
    readEncryption(context, name, region.value),
    readLogging(context, name, region.value),
    readBucketAccess(context, name, region.value),
  ]);
  return { name, arn, region, encryption, logging, ...access };
}

/** Takes the region from ListBuckets when AWS sent it, else reads it with GetBucketLocation. */
async function readBucketRegion(
  context: CollectContext,
  listed: Bucket,
): Promise<Collected<string>> {
  if (listed.BucketRegion !== undefined && listed.BucketRegion !== "") {
    return collected(listed.BucketRegion);
  }

  const name = listed.Name ?? "";
  const client = context.clients.get("s3", GLOBAL_REGION);
  return attempt(
    { service: "s3", operation: "GetBucketLocation", region: GLOBAL_REGION, resource: name },
    async () => {
      const response = await client.send(new GetBucketLocationCommand({ Bucket: name }));
      return regionFromLocationConstraint(response.LocationConstraint);
    },
  );
}

/**
 * Maps a LocationConstraint to a region name. S3 returns no constraint for us-east-1, and the
 * legacy value `EU` for buckets created in eu-west-1 through the old API.
 */
export function regionFromLocationConstraint(constraint: string | null | undefined): string {
  if (constraint === undefined || constraint === null || constraint === "") return "us-east-1";
  if (constraint === "EU") return "eu-west-1";
  return constraint;
}

async function readEncryption(
  context: CollectContext,
  name: string,
  region: string,
): Promise<Collected<S3Encryption | null>> {
  const client = context.clients.get("s3", region);
  return attempt(
    { service: "s3", operation: "GetBucketEncryption", region, resource: name },
    async () => {
      try {
        const response = await client.send(new GetBucketEncryptionCommand({ Bucket: name }));
        return encryptionFromRules(response.ServerSideEncryptionConfiguration?.Rules ?? []);
      } catch (error) {
        if ((error as { name?: string }).name === NO_ENCRYPTION_CONFIGURATION) return null;
        throw error;
      }
    },
  );
}

/** Returns the default encryption of the first rule that sets an algorithm. */
function encryptionFromRules(rules: ServerSideEncryptionRule[]): S3Encryption | null {
  const rule = rules.find(
    (candidate) => candidate.ApplyServerSideEncryptionByDefault?.SSEAlgorithm !== undefined,
  );
  const defaults = rule?.ApplyServerSideEncryptionByDefault;
  if (rule === undefined || defaults?.SSEAlgorithm === undefined) return null;

  const encryption: S3Encryption = { algorithm: defaults.SSEAlgorithm };
  if (defaults.KMSMasterKeyID !== undefined) encryption.kmsKeyId = defaults.KMSMasterKeyID;
  if (rule.BucketKeyEnabled !== undefined) encryption.bucketKeyEnabled = rule.BucketKeyEnabled;
  return encryption;
}

async function readLogging(
  context: CollectContext,
  name: string,
  region: string,
): Promise<Collected<{ targetBucket: string; targetPrefix: string } | null>> {
  const client = context.clients.get("s3", region);
  return attempt(
    { service: "s3", operation: "GetBucketLogging", region, resource: name },
    async () => {
      const response = await client.send(new GetBucketLoggingCommand({ Bucket: name }));
      const logging = response.LoggingEnabled;
      if (logging?.TargetBucket === undefined) return null;
      return { targetBucket: logging.TargetBucket, targetPrefix: logging.TargetPrefix ?? "" };
    },
  );
}
