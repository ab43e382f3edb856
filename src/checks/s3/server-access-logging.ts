import type { S3Bucket } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import {
  findLogDestinations,
  type LogDestinations,
  type UnknownLogSource,
} from "./log-destinations.js";
import { bucketRef, bucketsScope } from "./resources.js";

/** How many unread log sources an `error` reason names before it summarizes the rest. */
const MAX_NAMED_UNKNOWN_SOURCES = 3;

/**
 * Every bucket has server access logging, except buckets that are themselves log destinations of
 * S3 server access logging, load balancer logs, CloudFront standard logging or CloudTrail.
 */
export const serverAccessLogging: Check = {
  id: "s3.server-access-logging",
  title: "S3 buckets have server access logging",
  severity: "medium",
  references: { cwe: ["CWE-778"], asvs: [], securityHub: ["S3.9"] },
  inputs: ["s3", "elbv2", "cloudfront", "cloudtrail"],
  remediation:
    "Turn on server access logging with a separate log bucket as target (S3 console: Properties, " +
    "Server access logging; or aws s3api put-bucket-logging).",

  evaluate(inventory) {
    const scope = bucketsScope();
    const s3 = readGlobalPart(serverAccessLogging, "s3", inventory.parts.s3, scope);
    if (!s3.ok) return [s3.finding];

    const buckets = s3.value.buckets;
    if (buckets.length === 0) {
      return [
        finding(serverAccessLogging, scope, "not_applicable", "The account has no S3 buckets."),
      ];
    }

    const destinations = findLogDestinations(inventory, buckets);
    return buckets.map((bucket) => evaluateBucket(bucket, destinations));
  },
};

function evaluateBucket(bucket: S3Bucket, destinations: LogDestinations): Finding {
  const resource = bucketRef(bucket);
  if (!bucket.logging.ok) return errorFinding(serverAccessLogging, resource, bucket.logging.error);

  const logging = bucket.logging.value;
  if (logging !== null) {
    const reason =
      `Bucket ${bucket.name} writes server access logs to bucket ${logging.targetBucket}` +
      `${logging.targetPrefix === "" ? "" : ` under prefix ${logging.targetPrefix}`}.`;
    const evidence = { TargetBucket: logging.targetBucket, TargetPrefix: logging.targetPrefix };
    return finding(serverAccessLogging, resource, "pass", reason, evidence);
  }

  const sources = destinations.sources.get(bucket.name);
  if (sources !== undefined) {
    const reason =
      `Bucket ${bucket.name} has no server access logging, but it is a log destination: it ` +
      `receives ${sources.join(", ")}. Log buckets are exempt from this check.`;
    const evidence = { LoggingEnabled: null, LogSources: sources };
    return finding(serverAccessLogging, resource, "not_applicable", reason, evidence);
  }

  if (destinations.unknown.length > 0)
    return unknownDestinationFinding(bucket, destinations.unknown);

  const reason =
    `Bucket ${bucket.name} has no server access logging (GetBucketLogging returned no ` +
    `LoggingEnabled), and no bucket, load balancer, CloudFront distribution or CloudTrail trail ` +
    `in the inventory writes logs into it. Turn on server access logging with a separate log ` +
    `bucket as target.`;
  return finding(serverAccessLogging, resource, "fail", reason, { LoggingEnabled: null });
}

/** Builds the `error` finding for an unlogged bucket that may receive logs from a source that could not be read. */
function unknownDestinationFinding(bucket: S3Bucket, unknown: UnknownLogSource[]): Finding {
  const named = unknown.slice(0, MAX_NAMED_UNKNOWN_SOURCES).map((source) => source.description);
  const more = unknown.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");

  const actions = [...new Set(unknown.flatMap((source) => source.error?.action ?? []))];
  const fixes: string[] = [];
  if (actions.length > 0) fixes.push(`grant ${actions.join(", ")} to the audit role`);
  if (unknown.some((source) => source.error === undefined)) {
    fixes.push("collect the missing inventory parts by running the audit with this check selected");
  }

  const reason =
    `Bucket ${bucket.name} has no server access logging, and whether it is an exempt log ` +
    `destination is unknown because these could not be read: ${list}. To decide, ` +
    `${fixes.join(" and ")}, then run the audit again.`;
  const evidence = {
    LoggingEnabled: null,
    UnreadLogSources: unknown.map((source) => source.description),
  };
  const result = finding(serverAccessLogging, bucketRef(bucket), "error", reason, evidence);

  const firstError = unknown.find((source) => source.error !== undefined)?.error;
  return firstError === undefined ? result : { ...result, error: firstError };
}
