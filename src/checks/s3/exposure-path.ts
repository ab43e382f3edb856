import type { CollectionError } from "../../collect/collected.js";
import type { UnreadLevel } from "./block-settings.js";

/**
 * The verdict on one way a bucket can be public (its policy or its ACL). Each reason is one or
 * more full sentences.
 */
export type ExposurePath =
  | { state: "open"; reason: string }
  | { state: "closed"; reason: string }
  /** The verdict depends on data that could not be read or parsed; `errors` lists the failed calls. */
  | { state: "unknown"; reason: string; errors: CollectionError[] };

/** Phrases a failed read, such as "the bucket policy could not be read (GetBucketPolicy failed with AccessDenied)". */
export function describeUnread(subject: string, error: CollectionError): string {
  return `${subject} could not be read (${error.operation} failed with ${error.code})`;
}

/** Phrases the Block Public Access levels that could not be read, for a setting whose value is unknown. */
export function describeUnreadLevels(unread: UnreadLevel[]): string {
  return unread
    .map(({ level, error }) => describeUnread(`the ${level}-level Block Public Access`, error))
    .join(" and ");
}
