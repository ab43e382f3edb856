import type { Inventory, S3Bucket, S3Inventory } from "../../collect/inventory.js";
import type { AccountContext, CrossAccountGrant } from "../../policy/index.js";
import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import { DEFAULT_SETTINGS, type CheckSettings } from "../settings.js";
import { blockConfigurationEvidence, effectiveSetting } from "./block-settings.js";
import { evaluateBuckets } from "./buckets.js";
import type { ExposurePath } from "./exposure-path.js";
import { assessAclExposure } from "./public-acl.js";
import { joinNames } from "./public-access-block.js";
import { assessPolicyExposure } from "./public-policy.js";
import { bucketRef } from "./resources.js";

/**
 * No bucket is public through its policy or its ACL once the account-level and bucket-level Block
 * Public Access settings are applied. Grants to other named accounts are reported but are not public.
 */
export const bucketPublicExposure: Check = {
  id: "s3.bucket-public-exposure",
  title: "S3 buckets are not public",
  severity: "high",
  references: { cwe: ["CWE-284"], asvs: ["V1.4.3"], securityHub: ["S3.2", "S3.3"] },
  inputs: ["s3"],
  remediation:
    "Remove the public statements from the bucket policy and the AllUsers and AuthenticatedUsers " +
    "grants from the ACL, or turn on RestrictPublicBuckets and IgnorePublicAcls for the account " +
    "(aws s3control put-public-access-block) or the bucket (aws s3api put-public-access-block).",
  evaluate: (inventory, settings = DEFAULT_SETTINGS) =>
    evaluateBuckets(bucketPublicExposure, inventory, (bucket, s3) =>
      evaluateBucket(bucket, s3, inventory, settings),
    ),
};

function evaluateBucket(
  bucket: S3Bucket,
  s3: S3Inventory,
  inventory: Inventory,
  settings: CheckSettings,
): Finding {
  const account = s3.accountPublicAccessBlock;
  const own = bucket.publicAccessBlock;
  const setting = (key: Parameters<typeof effectiveSetting>[0]) =>
    effectiveSetting(key, account, own);

  const policy = assessPolicyExposure(
    bucket,
    setting("restrictPublicBuckets"),
    setting("blockPublicPolicy"),
    accountContext(bucket, inventory, settings),
  );
  const acl = assessAclExposure(bucket, setting("ignorePublicAcls"), setting("blockPublicAcls"));

  const evidence = {
    AccountPublicAccessBlock: blockConfigurationEvidence(account),
    BucketPublicAccessBlock: blockConfigurationEvidence(own),
    ...policy.evidence,
    ...acl.evidence,
  };
  const paths = [policy.path, acl.path];
  const crossAccount = describeCrossAccount(policy.crossAccount);
  const resource = bucketRef(bucket);

  const open = paths.filter((path) => path.state === "open");
  if (open.length > 0) {
    const unknown = paths.filter((path) => path.state === "unknown").map((path) => path.reason);
    const reason =
      `Bucket ${bucket.name} is public. ${[...open.map((path) => path.reason), ...unknown].join(" ")}` +
      `${crossAccount} Remove the public grants, or turn on RestrictPublicBuckets and ` +
      `IgnorePublicAcls for the account or the bucket.`;
    return finding(bucketPublicExposure, resource, "fail", reason, evidence);
  }

  const unknown = paths.filter(
    (path): path is Extract<ExposurePath, { state: "unknown" }> => path.state === "unknown",
  );
  if (unknown.length > 0) {
    const errors = unknown.flatMap((path) => path.errors);
    const reason =
      `Whether bucket ${bucket.name} is public could not be decided. ` +
      `${unknown.map((path) => path.reason).join(" ")} ${describeFix(unknown)}`;
    const result = finding(bucketPublicExposure, resource, "error", reason, evidence);
    return errors[0] === undefined ? result : { ...result, error: errors[0] };
  }

  const reason = `Bucket ${bucket.name} is not public. ${paths.map((path) => path.reason).join(" ")}${crossAccount}`;
  return finding(bucketPublicExposure, resource, "pass", reason, evidence);
}

/**
 * Builds the accounts the policy is judged against. The owner's canonical user id comes from the
 * bucket ACL, so that a policy naming it is not reported as cross-account.
 */
function accountContext(
  bucket: S3Bucket,
  inventory: Inventory,
  settings: CheckSettings,
): AccountContext {
  const context: AccountContext = {
    ownerAccountId: inventory.accountId,
    trustedAccountIds: settings.trustedAccountIds,
  };
  if (bucket.acl.ok && bucket.acl.value.ownerId !== undefined) {
    context.ownerCanonicalUserId = bucket.acl.value.ownerId;
  }
  return context;
}

function describeCrossAccount(grants: CrossAccountGrant[]): string {
  if (grants.length === 0) return "";
  return (
    ` The bucket policy also grants access to other accounts, which does not make the bucket ` +
    `public: ${grants.map((grant) => grant.reason).join(" ")}`
  );
}

/** Describes how to get the missing data: the actions the audit role needs, or a look at a rejected policy. */
function describeFix(unknown: Extract<ExposurePath, { state: "unknown" }>[]): string {
  const fixes: string[] = [];
  const actions = [...new Set(unknown.flatMap((path) => path.errors.map((error) => error.action)))];
  if (actions.length > 0) {
    fixes.push(
      `Make sure the audit role may call ${joinNames(actions)}, then run the audit again.`,
    );
  }
  if (unknown.some((path) => path.errors.length === 0)) {
    fixes.push(
      "Compare the policy with the IAM policy grammar, and report the parse failure if S3 accepted the policy.",
    );
  }
  return fixes.join(" ");
}
