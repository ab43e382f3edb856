import type { S3Bucket } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { evaluateBuckets } from "./buckets.js";
import { bucketRef } from "./resources.js";

const BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced";

/** Every bucket has Object Ownership BucketOwnerEnforced, which disables ACLs. */
export const objectOwnershipEnforced: Check = {
  id: "s3.object-ownership-enforced",
  title: "S3 buckets have ACLs disabled",
  severity: "low",
  references: { cwe: ["CWE-284"], asvs: [], securityHub: ["S3.12"] },
  inputs: ["s3"],
  remediation:
    "Set Object Ownership to Bucket owner enforced after moving any access that ACLs grant into " +
    "the bucket policy (S3 console: Permissions, Object Ownership; or aws s3api " +
    "put-bucket-ownership-controls --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]).",
  evaluate: (inventory) => evaluateBuckets(objectOwnershipEnforced, inventory, evaluateBucket),
};

function evaluateBucket(bucket: S3Bucket): Finding {
  const check = objectOwnershipEnforced;
  const resource = bucketRef(bucket);
  if (!bucket.objectOwnership.ok)
    return errorFinding(check, resource, bucket.objectOwnership.error);

  const ownership = bucket.objectOwnership.value;
  const evidence = { ObjectOwnership: ownership };

  if (ownership === BUCKET_OWNER_ENFORCED) {
    const reason =
      `Bucket ${bucket.name} has Object Ownership ${BUCKET_OWNER_ENFORCED}, so ACLs are disabled ` +
      `and only policies grant access to it and its objects.`;
    return finding(check, resource, "pass", reason, evidence);
  }

  const current =
    ownership === null
      ? "no Object Ownership setting (GetBucketOwnershipControls returned OwnershipControlsNotFoundError), which makes the writer of each object its owner"
      : `Object Ownership ${ownership}`;
  const reason =
    `Bucket ${bucket.name} has ${current}, and ACLs on the bucket and its objects still grant ` +
    `access. Set Object Ownership to ${BUCKET_OWNER_ENFORCED}.`;
  return finding(check, resource, "fail", reason, evidence);
}
