import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
} from "@aws-sdk/client-s3";
import type { SeedContext } from "./context.js";

/** Creates a bucket in the context's region; us-east-1 is the one region without a constraint. */
export async function createBucket(context: SeedContext, name: string): Promise<void> {
  const location =
    context.region === "us-east-1"
      ? {}
      : {
          CreateBucketConfiguration: {
            LocationConstraint: context.region as BucketLocationConstraint,
          },
        };
  await context.clients.s3.send(new CreateBucketCommand({ Bucket: name, ...location }));
}

/** Turns on all four public access block settings of a bucket. */
export async function blockPublicAccess(context: SeedContext, name: string): Promise<void> {
  await context.clients.s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: name,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
}

/**
 * Sets a bucket's Object Ownership to BucketOwnerEnforced, which disables ACLs, so only policies
 * grant access to the bucket and its objects.
 */
export async function enforceBucketOwnership(context: SeedContext, name: string): Promise<void> {
  await context.clients.s3.send(
    new PutBucketOwnershipControlsCommand({
      Bucket: name,
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    }),
  );
}

/** Sets a bucket's default encryption to SSE-KMS with the given key and the S3 Bucket Key on. */
export async function encryptWithKmsKey(
  context: SeedContext,
  name: string,
  keyArn: string,
): Promise<void> {
  await context.clients.s3.send(
    new PutBucketEncryptionCommand({
      Bucket: name,
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: keyArn },
            BucketKeyEnabled: true,
          },
        ],
      },
    }),
  );
}
