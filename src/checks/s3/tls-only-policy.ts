import type { S3Bucket } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { describeInvalidPolicy, readBucketPolicy } from "./bucket-policy.js";
import { evaluateBuckets } from "./buckets.js";
import { bucketRef } from "./resources.js";
import { isTlsDenyCandidate, judgeTlsDeny } from "./tls-deny-statement.js";

/**
 * Every bucket policy denies all S3 actions to every principal on the bucket and its objects when
 * aws:SecureTransport is false.
 */
export const tlsOnlyPolicy: Check = {
  id: "s3.tls-only-policy",
  title: "S3 bucket policies deny requests without TLS",
  severity: "medium",
  references: { cwe: ["CWE-319"], asvs: ["V9.1.1"], securityHub: ["S3.5"] },
  inputs: ["s3"],
  remediation:
    'Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", Resource the ' +
    'bucket ARN and BUCKET_ARN/*, and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
  evaluate: (inventory) => evaluateBuckets(tlsOnlyPolicy, inventory, evaluateBucket),
};

function evaluateBucket(bucket: S3Bucket): Finding {
  const check = tlsOnlyPolicy;
  const resource = bucketRef(bucket);
  const policy = readBucketPolicy(bucket);

  if (policy.kind === "unread") return errorFinding(check, resource, policy.error);
  if (policy.kind === "invalid") {
    const reason = `${describeInvalidPolicy(bucket, policy.error)} Whether it denies requests without TLS is unknown.`;
    return finding(check, resource, "error", reason, {
      BucketPolicy: { Invalid: policy.error.reason },
    });
  }
  if (policy.kind === "absent") {
    const reason =
      `Bucket ${bucket.name} has no bucket policy, so nothing denies requests without TLS. Add a ` +
      `Deny statement for aws:SecureTransport "false".`;
    return finding(check, resource, "fail", reason, { BucketPolicy: null });
  }

  const judgements = policy.document.statements
    .filter(isTlsDenyCandidate)
    .map((statement) => judgeTlsDeny(statement, bucket));
  const evidence = {
    TlsDenyStatements: judgements.map(({ statement, shortfalls }) => ({
      Statement: statement,
      Shortfalls: shortfalls,
    })),
  };

  const qualifying = judgements.find((judgement) => judgement.shortfalls.length === 0);
  if (qualifying !== undefined) {
    const reason =
      `Bucket ${bucket.name} denies every S3 action to every principal on the bucket and its ` +
      `objects when aws:SecureTransport is false (${qualifying.statement}).`;
    return finding(check, resource, "pass", reason, evidence);
  }

  const found =
    judgements.length === 0
      ? "its bucket policy has no Deny statement on aws:SecureTransport."
      : `no Deny statement on aws:SecureTransport covers every request without TLS. ${judgements
          .map(({ statement, shortfalls }) => `${statement}: ${shortfalls.join(" ")}`)
          .join(" ")}`;
  const reason =
    `Bucket ${bucket.name} accepts requests without TLS: ${found} Add a Deny statement with ` +
    `Principal "*", Action "s3:*", the bucket and its objects as Resource and Bool ` +
    `aws:SecureTransport "false".`;
  return finding(check, resource, "fail", reason, evidence);
}
