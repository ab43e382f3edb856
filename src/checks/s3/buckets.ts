import type { Inventory, S3Bucket, S3Inventory } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import { bucketsScope } from "./resources.js";

/**
 * Judges every bucket of the s3 part with `evaluateBucket`. A part that was not collected or whose
 * listing failed yields one `error` finding, and an account without buckets one `not_applicable`.
 */
export function evaluateBuckets(
  check: Check,
  inventory: Inventory,
  evaluateBucket: (bucket: S3Bucket, s3: S3Inventory) => Finding,
): Finding[] {
  const scope = bucketsScope();
  const s3 = readGlobalPart(check, "s3", inventory.parts.s3, scope);
  if (!s3.ok) return [s3.finding];

  if (s3.value.buckets.length === 0) {
    return [finding(check, scope, "not_applicable", "The account has no S3 buckets.")];
  }

  return s3.value.buckets.map((bucket) => evaluateBucket(bucket, s3.value));
}
