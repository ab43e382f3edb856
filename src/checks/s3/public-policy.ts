import type { S3Bucket } from "../../collect/inventory.js";
import {
  evaluateResourcePolicy,
  type AccountContext,
  type CrossAccountGrant,
  type ResourcePolicyEvaluation,
} from "../../policy/index.js";
import { describeLevels, type EffectiveSetting } from "./block-settings.js";
import { describeInvalidPolicy, readBucketPolicy, type BucketPolicy } from "./bucket-policy.js";
import { describeUnread, describeUnreadLevels, type ExposurePath } from "./exposure-path.js";

export interface PolicyExposure {
  path: ExposurePath;
  /** Grants to accounts other than the owner and the trusted ones, which do not make the bucket public. */
  crossAccount: CrossAccountGrant[];
  evidence: Record<string, unknown>;
}

/**
 * Decides whether the bucket policy makes the bucket public. RestrictPublicBuckets, at either
 * level, limits a public policy to AWS services and principals of the owning account, so it
 * neutralises the policy. BlockPublicPolicy only rejects new public policies and does not.
 * NOTE: "public" follows this project's policy evaluator, which calls an aws:SourceIp range wider
 * than a /16 open. S3 may judge such a range not public and so not apply RestrictPublicBuckets to it.
 */
export function assessPolicyExposure(
  bucket: S3Bucket,
  restrictPublicBuckets: EffectiveSetting,
  blockPublicPolicy: EffectiveSetting,
  context: AccountContext,
): PolicyExposure {
  const policy = readBucketPolicy(bucket);
  const evaluation =
    policy.kind === "parsed" ? evaluateResourcePolicy(policy.document, context) : undefined;
  const result = (path: ExposurePath): PolicyExposure => ({
    path,
    crossAccount: evaluation?.crossAccount ?? [],
    evidence: policyEvidence(policy, evaluation),
  });

  if (restrictPublicBuckets.state === "on") {
    const publicNote = evaluation?.public
      ? ` The bucket policy is public, but that grants nothing to anonymous callers or other accounts: ${publicStatements(evaluation)}`
      : "";
    const reason =
      `RestrictPublicBuckets is on at ${describeLevels(restrictPublicBuckets.levels)}, so a ` +
      `public bucket policy admits only AWS services and principals of the owning account.${publicNote}`;
    return result({ state: "closed", reason });
  }

  if (policy.kind === "unread") {
    const reason = `${describeUnread("The bucket policy", policy.error)}.`;
    return result({ state: "unknown", reason, errors: [policy.error] });
  }
  if (policy.kind === "invalid") {
    return result({
      state: "unknown",
      reason: describeInvalidPolicy(bucket, policy.error),
      errors: [],
    });
  }
  if (evaluation === undefined) {
    return result({ state: "closed", reason: "The bucket has no bucket policy." });
  }

  if (!evaluation.public) {
    const reason =
      "No statement of the bucket policy allows a wildcard principal without a condition that " +
      "limits the callers.";
    return result({ state: "closed", reason });
  }

  if (restrictPublicBuckets.state === "unknown") {
    const reason =
      `The bucket policy is public: ${publicStatements(evaluation)} Whether RestrictPublicBuckets ` +
      `neutralises it is unknown because ${describeUnreadLevels(restrictPublicBuckets.unread)}.`;
    return result({
      state: "unknown",
      reason,
      errors: restrictPublicBuckets.unread.map(({ error }) => error),
    });
  }

  const blockNote =
    blockPublicPolicy.state === "on"
      ? ` BlockPublicPolicy is on at ${describeLevels(blockPublicPolicy.levels)}, but it only rejects new public policies, so this policy, set earlier, still applies.`
      : "";
  const reason =
    `The bucket policy is public: ${publicStatements(evaluation)} RestrictPublicBuckets is off ` +
    `at both the account and the bucket level.${blockNote}`;
  return result({ state: "open", reason });
}

function publicStatements(evaluation: ResourcePolicyEvaluation): string {
  return evaluation.statements
    .filter((statement) => statement.public)
    .map((statement) => statement.reason)
    .join(" ");
}

function policyEvidence(
  policy: BucketPolicy,
  evaluation: ResourcePolicyEvaluation | undefined,
): Record<string, unknown> {
  if (policy.kind === "unread") return { BucketPolicy: { Unread: policy.error.action } };
  if (policy.kind === "invalid") return { BucketPolicy: { Invalid: policy.error.reason } };
  if (evaluation === undefined) return { BucketPolicy: null };

  return {
    BucketPolicy: {
      Public: evaluation.public,
      Statements: evaluation.statements,
      CrossAccountGrants: evaluation.crossAccount,
    },
  };
}
