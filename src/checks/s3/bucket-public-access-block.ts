import type { S3Bucket } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { evaluateBuckets } from "./buckets.js";
import { joinNames, publicAccessBlockEvidence, settingsOff } from "./public-access-block.js";
import { bucketRef } from "./resources.js";

/**
 * Every bucket has its own Block Public Access configuration with all four settings on. Whether
 * the bucket is actually public is the separate question of s3.bucket-public-exposure.
 */
export const bucketPublicAccessBlock: Check = {
  id: "s3.bucket-public-access-block",
  title: "S3 buckets have Block Public Access on",
  severity: "medium",
  references: { cwe: ["CWE-284"], asvs: [], securityHub: ["S3.8"] },
  inputs: ["s3"],
  remediation:
    "Turn on all four Block Public Access settings for the bucket (S3 console: Permissions, " +
    "Block public access; or aws s3api put-public-access-block --bucket NAME " +
    "--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true," +
    "BlockPublicPolicy=true,RestrictPublicBuckets=true).",
  evaluate: (inventory) => evaluateBuckets(bucketPublicAccessBlock, inventory, evaluateBucket),
};

function evaluateBucket(bucket: S3Bucket): Finding {
  const check = bucketPublicAccessBlock;
  const resource = bucketRef(bucket);
  if (!bucket.publicAccessBlock.ok) {
    return errorFinding(check, resource, bucket.publicAccessBlock.error);
  }

  const configuration = bucket.publicAccessBlock.value;
  const evidence = { PublicAccessBlockConfiguration: publicAccessBlockEvidence(configuration) };

  if (configuration === null) {
    const reason =
      `Bucket ${bucket.name} has no bucket-level Block Public Access configuration ` +
      `(GetPublicAccessBlock returned NoSuchPublicAccessBlockConfiguration). Turn on all four ` +
      `settings for the bucket.`;
    return finding(check, resource, "fail", reason, evidence);
  }

  const off = settingsOff(configuration);
  if (off.length > 0) {
    const reason =
      `Bucket ${bucket.name} has bucket-level Block Public Access, but ${joinNames(off)} ` +
      `${off.length === 1 ? "is" : "are"} off. Turn on all four settings for the bucket.`;
    return finding(check, resource, "fail", reason, evidence);
  }

  const reason = `Bucket ${bucket.name} has all four bucket-level Block Public Access settings on.`;
  return finding(check, resource, "pass", reason, evidence);
}
