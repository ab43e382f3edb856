import type { CollectionError } from "../../collect/collected.js";
import type { S3Bucket } from "../../collect/inventory.js";
import { parsePolicy, type PolicyDocument, type PolicyParseError } from "../../policy/index.js";

/** A bucket's policy as far as it could be read and parsed. */
export type BucketPolicy =
  | { kind: "unread"; error: CollectionError }
  | { kind: "invalid"; error: PolicyParseError }
  | { kind: "absent" }
  | { kind: "parsed"; document: PolicyDocument };

/**
 * Reads a bucket's policy. GetBucketPolicy returns plain JSON, so the text is parsed without URL
 * decoding, which would corrupt a literal `%` in a condition value.
 */
export function readBucketPolicy(bucket: S3Bucket): BucketPolicy {
  if (!bucket.policy.ok) return { kind: "unread", error: bucket.policy.error };
  if (bucket.policy.value === null) return { kind: "absent" };

  const document = parsePolicy(bucket.policy.value);
  if (!document.ok) return { kind: "invalid", error: document.error };

  return { kind: "parsed", document: document.value };
}

/** Describes a policy that could not be parsed, naming the bucket and the offending element. */
export function describeInvalidPolicy(bucket: S3Bucket, error: PolicyParseError): string {
  return `The bucket policy of ${bucket.name} could not be parsed: ${error.reason}`;
}
