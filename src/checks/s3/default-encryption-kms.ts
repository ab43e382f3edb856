import type { S3Bucket } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import { albAccessLogBuckets, type AlbLogBuckets } from "./alb-log-buckets.js";
import { bucketRef, bucketsScope } from "./resources.js";

/** Default encryption algorithms that use AWS KMS keys: SSE-KMS and dual-layer DSSE-KMS. */
const KMS_ALGORITHMS = new Set(["aws:kms", "aws:kms:dsse"]);

/** Every bucket's default encryption uses an AWS KMS key (SSE-KMS or DSSE-KMS). */
export const defaultEncryptionKms: Check = {
  id: "s3.default-encryption-kms",
  title: "S3 buckets encrypt by default with KMS keys",
  severity: "medium",
  references: { cwe: ["CWE-311"], asvs: ["V6.1.1"], securityHub: ["S3.17"] },
  inputs: ["s3", "elbv2"],
  remediation:
    "Set the bucket's default encryption to SSE-KMS with a KMS key and turn on the S3 Bucket Key " +
    "(aws s3api put-bucket-encryption with SSEAlgorithm aws:kms). Existing objects keep their old " +
    "encryption until they are copied in place.",

  evaluate(inventory) {
    const scope = bucketsScope();
    const s3 = readGlobalPart(defaultEncryptionKms, "s3", inventory.parts.s3, scope);
    if (!s3.ok) return [s3.finding];

    if (s3.value.buckets.length === 0) {
      return [
        finding(defaultEncryptionKms, scope, "not_applicable", "The account has no S3 buckets."),
      ];
    }
    const albLogBuckets = albAccessLogBuckets(inventory);
    return s3.value.buckets.map((bucket) => evaluateBucket(bucket, albLogBuckets));
  },
};

function evaluateBucket(bucket: S3Bucket, albLogBuckets: AlbLogBuckets): Finding {
  const resource = bucketRef(bucket);
  if (!bucket.encryption.ok) {
    return errorFinding(defaultEncryptionKms, resource, bucket.encryption.error);
  }

  const encryption = bucket.encryption.value;
  if (encryption === null) {
    const reason =
      `Bucket ${bucket.name} has no default encryption configuration (GetBucketEncryption returned ` +
      `ServerSideEncryptionConfigurationNotFoundError), so objects uploaded without encryption ` +
      `headers are stored unencrypted. Set default encryption to SSE-KMS.`;
    return finding(defaultEncryptionKms, resource, "fail", reason, { SSEAlgorithm: null });
  }

  const evidence: Record<string, unknown> = { SSEAlgorithm: encryption.algorithm };
  if (encryption.kmsKeyId !== undefined) evidence.KMSMasterKeyID = encryption.kmsKeyId;
  if (encryption.bucketKeyEnabled !== undefined)
    evidence.BucketKeyEnabled = encryption.bucketKeyEnabled;

  if (KMS_ALGORITHMS.has(encryption.algorithm)) {
    const key = encryption.kmsKeyId ?? "the AWS managed key aws/s3 (no KMSMasterKeyID set)";
    const reason = `Bucket ${bucket.name} encrypts by default with ${encryption.algorithm} using ${key}.`;
    return finding(defaultEncryptionKms, resource, "pass", reason, evidence);
  }

  // Application load balancers can write access logs only to buckets encrypted with SSE-S3
  // (Elastic Load Balancing User Guide, "Access logs for your Application Load Balancer").
  const loadBalancers = albLogBuckets.buckets.get(bucket.name);
  if (encryption.algorithm === "AES256" && loadBalancers !== undefined) {
    const reason =
      `Bucket ${bucket.name} encrypts by default with SSE-S3 (AES256). It receives access logs of ` +
      `application load balancer ${loadBalancers.join(", ")}, and ALB access logs support only ` +
      `SSE-S3, so SSE-S3 is the strongest encryption this bucket can use.`;
    return finding(defaultEncryptionKms, resource, "pass", reason, {
      ...evidence,
      AccessLogsOfLoadBalancers: loadBalancers,
    });
  }

  // An unread load balancer may log into this bucket, and then SSE-S3 would be required, not a fault.
  const unknownSource = albLogBuckets.unknown[0];
  if (encryption.algorithm === "AES256" && unknownSource !== undefined) {
    return errorFinding(defaultEncryptionKms, resource, unknownSource);
  }

  const current =
    encryption.algorithm === "AES256"
      ? "SSE-S3 (AES256), with keys that S3 manages and no KMS key policy or key usage log"
      : `${encryption.algorithm}, which is not SSE-KMS`;
  const reason =
    `Bucket ${bucket.name} encrypts by default with ${current}, but the threat model asks for ` +
    `encryption at rest with AWS KMS keys. Set default encryption to SSE-KMS with a KMS key.`;
  return finding(defaultEncryptionKms, resource, "fail", reason, evidence);
}
