import type { Collected, CollectionError } from "../../collect/collected.js";
import type { PublicAccessBlock } from "../../collect/inventory.js";
import { publicAccessBlockEvidence } from "./public-access-block.js";

type BlockConfiguration = Collected<PublicAccessBlock | null>;

/** Whether one Block Public Access setting applies to a bucket, from the account or the bucket level. */
export type EffectiveSetting =
  | { state: "on"; levels: ("account" | "bucket")[] }
  | { state: "off" }
  /** Off wherever it was read, but at least one level could not be read. */
  | { state: "unknown"; unread: UnreadLevel[] };

export interface UnreadLevel {
  level: "account" | "bucket";
  error: CollectionError;
}

/**
 * Combines the account-level and bucket-level value of a setting. S3 applies the most restrictive
 * combination, so the setting is on when either level turns it on.
 */
export function effectiveSetting(
  key: keyof PublicAccessBlock,
  account: BlockConfiguration,
  bucket: BlockConfiguration,
): EffectiveSetting {
  const levels: ("account" | "bucket")[] = [];
  if (account.ok && account.value?.[key] === true) levels.push("account");
  if (bucket.ok && bucket.value?.[key] === true) levels.push("bucket");
  if (levels.length > 0) return { state: "on", levels };

  const unread: UnreadLevel[] = [];
  if (!account.ok) unread.push({ level: "account", error: account.error });
  if (!bucket.ok) unread.push({ level: "bucket", error: bucket.error });
  return unread.length > 0 ? { state: "unknown", unread } : { state: "off" };
}

/** Phrases where a setting is on, such as "the account level" or "the account and bucket levels". */
export function describeLevels(levels: ("account" | "bucket")[]): string {
  return levels.length === 1 ? `the ${levels[0]} level` : "the account and bucket levels";
}

/** Shows a configuration for evidence: the four settings, null without one, or the failed action. */
export function blockConfigurationEvidence(configuration: BlockConfiguration): unknown {
  if (!configuration.ok) return { Unread: configuration.error.action };
  return publicAccessBlockEvidence(configuration.value);
}
