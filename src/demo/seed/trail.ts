import {
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from "@aws-sdk/client-cloudtrail";
import { PutBucketPolicyCommand } from "@aws-sdk/client-s3";
import {
  blockPublicAccess,
  createBucket,
  encryptWithKmsKey,
  enforceBucketOwnership,
} from "./bucket.js";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededDataKey } from "./kms.js";
import { denyInsecureTransport, policyDocument, type PolicyStatement } from "./policy-document.js";

export interface SeededTrail {
  name: string;
  arn: string;
  bucketName: string;
}

/**
 * Creates the CloudTrail trail and its bucket. Insecure: the trail covers one region, is not
 * logging and has no log file validation. Secure: it covers every region, is logging, validates
 * log files, is encrypted with the data key and records all management events.
 */
export async function seedTrail(
  context: SeedContext,
  dataKey: SeededDataKey | undefined,
): Promise<SeededTrail> {
  const { cloudtrail } = context.clients;
  const secure = context.variant === "secure";
  const name = context.names.trail;

  const bucketName = await seedTrailBucket(context, dataKey);

  const created = await cloudtrail.send(
    new CreateTrailCommand({
      Name: name,
      S3BucketName: bucketName,
      IsMultiRegionTrail: secure,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: secure,
      ...(secure ? { KmsKeyId: secureInput(dataKey, "KMS key").keyArn } : {}),
    }),
  );
  const arn = required(created.TrailARN, "trail ARN");

  if (secure) {
    await Promise.all([
      cloudtrail.send(new StartLoggingCommand({ Name: name })),
      cloudtrail.send(
        new PutEventSelectorsCommand({
          TrailName: name,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true }],
        }),
      ),
    ]);
  }

  return { name, arn, bucketName };
}

/**
 * Creates the trail bucket with the policy CloudTrail needs to deliver log files. The secure
 * variant also blocks public access, disables ACLs, denies requests without TLS and encrypts it
 * with the data key.
 */
async function seedTrailBucket(
  context: SeedContext,
  dataKey: SeededDataKey | undefined,
): Promise<string> {
  const { s3 } = context.clients;
  const bucketName = context.names.trailBucket;
  const bucketArn = `arn:aws:s3:::${bucketName}`;
  const trailArn = `arn:aws:cloudtrail:${context.region}:${context.accountId}:trail/${context.names.trail}`;

  await createBucket(context, bucketName);

  const secure = context.variant === "secure";
  const cloudTrailDelivery: PolicyStatement[] = [
    {
      Sid: "CloudTrailAclCheck",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:GetBucketAcl",
      Resource: bucketArn,
      Condition: { StringEquals: { "aws:SourceArn": trailArn } },
    },
    {
      Sid: "CloudTrailWrite",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${bucketArn}/AWSLogs/${context.accountId}/*`,
      Condition: {
        StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trailArn },
      },
    },
  ];
  const policy = policyDocument(
    secure
      ? [...cloudTrailDelivery, denyInsecureTransport("s3:*", [bucketArn, `${bucketArn}/*`])]
      : cloudTrailDelivery,
  );

  await Promise.all([
    s3.send(new PutBucketPolicyCommand({ Bucket: bucketName, Policy: policy })),
    secure ? blockPublicAccess(context, bucketName) : undefined,
    secure ? enforceBucketOwnership(context, bucketName) : undefined,
    secure
      ? encryptWithKmsKey(context, bucketName, secureInput(dataKey, "KMS key").keyArn)
      : undefined,
  ]);

  return bucketName;
}
