import { PutBucketEncryptionCommand, PutBucketPolicyCommand } from "@aws-sdk/client-s3";
import { blockPublicAccess, createBucket, enforceBucketOwnership } from "./bucket.js";
import type { SeedContext } from "./context.js";
import { denyInsecureTransport, policyDocument } from "./policy-document.js";

export interface SeededLogBucket {
  name: string;
  arn: string;
  /** Prefix of the assets bucket's server access logs. */
  serverAccessLogPrefix: string;
  /** Prefix of the load balancer's access logs. */
  loadBalancerLogPrefix: string;
  /** Prefix of the CloudFront standard logs. */
  distributionLogPrefix: string;
}

/**
 * Creates the secure variant's log bucket, which receives S3 server access logs, load balancer
 * access logs and CloudFront logs. It uses SSE-S3 (AES256) instead of the data key because the
 * Elastic Load Balancing user guide names SSE-S3 as the only encryption that ALB access log
 * buckets support. Like every bucket of the secure variant, it blocks public access, disables
 * ACLs and denies requests without TLS.
 */
export async function seedLogBucket(context: SeedContext): Promise<SeededLogBucket> {
  const { s3 } = context.clients;
  const name = context.names.logBucket;
  const bucket: SeededLogBucket = {
    name,
    arn: `arn:aws:s3:::${name}`,
    serverAccessLogPrefix: "s3/assets/",
    loadBalancerLogPrefix: "alb",
    distributionLogPrefix: "cloudfront/",
  };

  await createBucket(context, name);

  await Promise.all([
    s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: logBucketPolicy(context, bucket) })),
    s3.send(
      new PutBucketEncryptionCommand({
        Bucket: name,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
      }),
    ),
    blockPublicAccess(context, name),
    // NOTE: The CloudFront Developer Guide states that standard logging (legacy), which the
    // distribution uses, cannot deliver log files to a bucket with ACLs disabled. moto 5.2.1
    // accepts this combination, but on AWS the distribution's logs need another destination.
    enforceBucketOwnership(context, name),
  ]);

  return bucket;
}

/**
 * Grants the S3 logging service and the load balancer log delivery service write access.
 * NOTE: moto 5.2.1 accepts PutBucketLogging only when the target bucket's policy has a
 * logging.s3.amazonaws.com statement whose Resource is exactly `arn:aws:s3:::<bucket>/<prefix>*`,
 * and it fails with HTTP 500 when an earlier statement has the string principal "*", so the
 * logging statement comes first.
 */
function logBucketPolicy(context: SeedContext, bucket: SeededLogBucket): string {
  return policyDocument([
    {
      Sid: "S3ServerAccessLogs",
      Effect: "Allow",
      Principal: { Service: "logging.s3.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${bucket.arn}/${bucket.serverAccessLogPrefix}*`,
      Condition: {
        StringEquals: { "aws:SourceAccount": context.accountId },
        ArnLike: { "aws:SourceArn": `arn:aws:s3:::${context.names.assetsBucket}` },
      },
    },
    {
      Sid: "LoadBalancerAccessLogs",
      Effect: "Allow",
      Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${bucket.arn}/${bucket.loadBalancerLogPrefix}/AWSLogs/${context.accountId}/*`,
    },
    denyInsecureTransport("s3:*", [bucket.arn, `${bucket.arn}/*`]),
  ]);
}
