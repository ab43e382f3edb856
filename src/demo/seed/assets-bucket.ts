import {
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
} from "@aws-sdk/client-s3";
import {
  blockPublicAccess,
  createBucket,
  encryptWithKmsKey,
  enforceBucketOwnership,
} from "./bucket.js";
import { secureInput, type SeedContext } from "./context.js";
import type { SeededDataKey } from "./kms.js";
import type { SeededLogBucket } from "./log-bucket.js";
import { denyInsecureTransport, policyDocument } from "./policy-document.js";

export interface SeededAssetsBucket {
  name: string;
  arn: string;
}

/**
 * Creates the assets bucket. The insecure variant leaves it without default encryption, server
 * access logging and public access block, and lets anyone read objects. The secure variant
 * encrypts with the data key (SSE-KMS), logs to the log bucket, blocks public access and enforces
 * bucket-owner object ownership. Its read grant for CloudFront is added by
 * `grantDistributionRead` once the distribution exists.
 */
export async function seedAssetsBucket(
  context: SeedContext,
  dataKey: SeededDataKey | undefined,
  logBucket: SeededLogBucket | undefined,
): Promise<SeededAssetsBucket> {
  const { s3 } = context.clients;
  const name = context.names.assetsBucket;
  const arn = `arn:aws:s3:::${name}`;

  await createBucket(context, name);

  if (context.variant === "insecure") {
    await s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: publicReadPolicy(arn) }));
    return { name, arn };
  }

  const key = secureInput(dataKey, "KMS key");
  const logs = secureInput(logBucket, "log bucket");
  await Promise.all([
    encryptWithKmsKey(context, name, key.keyArn),
    s3.send(
      new PutBucketLoggingCommand({
        Bucket: name,
        BucketLoggingStatus: {
          LoggingEnabled: { TargetBucket: logs.name, TargetPrefix: logs.serverAccessLogPrefix },
        },
      }),
    ),
    blockPublicAccess(context, name),
    enforceBucketOwnership(context, name),
    s3.send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: { Status: "Enabled" },
      }),
    ),
  ]);

  return { name, arn };
}

/**
 * Lets only the given CloudFront distribution read objects (origin access control), and denies
 * requests without TLS. The secure variant calls it once the distribution ARN is known.
 */
export async function grantDistributionRead(
  context: SeedContext,
  bucket: SeededAssetsBucket,
  distributionArn: string,
): Promise<void> {
  const policy = policyDocument([
    {
      Sid: "CloudFrontOriginAccessControl",
      Effect: "Allow",
      Principal: { Service: "cloudfront.amazonaws.com" },
      Action: "s3:GetObject",
      Resource: `${bucket.arn}/*`,
      Condition: { StringEquals: { "aws:SourceArn": distributionArn } },
    },
    denyInsecureTransport("s3:*", [bucket.arn, `${bucket.arn}/*`]),
  ]);

  await context.clients.s3.send(
    new PutBucketPolicyCommand({ Bucket: bucket.name, Policy: policy }),
  );
}

function publicReadPolicy(bucketArn: string): string {
  return policyDocument([
    {
      Sid: "PublicRead",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `${bucketArn}/*`,
    },
  ]);
}
