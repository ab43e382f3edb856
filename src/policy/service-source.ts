import { parseConditionOperator } from "./condition-operator.js";
import type { ConditionExplanation } from "./conditions.js";

/**
 * Condition keys that AWS sets to the resource, account or organization an AWS service acts for.
 * AWS recommends aws:SourceArn and aws:SourceAccount in resource policies that grant a service
 * principal, as protection against the cross-service confused deputy problem.
 */
const SOURCE_KEYS = new Set([
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
]);

const ACCOUNT_ID = /^\d{12}$/;

/** The sources that a statement's conditions limit a service principal's grant to. */
export type ServiceSourceScope =
  /** No condition names a source, so the service acting for any account can use the grant. */
  | { kind: "any-account" }
  /** The conditions limit the source, and `accountIds` lists the accounts they name, if any. */
  | { kind: "scoped"; accountIds: { accountId: string; condition: ConditionExplanation }[] };

/**
 * Decides whether a statement's conditions limit the resources a service principal may act for.
 * A condition limits them when it fixes a source key (see `explainCondition`), or when ArnLike or
 * ArnEquals gives aws:SourceArn values whose account field is a fixed 12-digit id, such as
 * `arn:aws:events:*:111122223333:rule/*`. The ARN operators compare each colon-separated field on
 * its own, so wildcards in the other fields do not widen the account.
 */
export function scopeServiceSource(conditions: ConditionExplanation[]): ServiceSourceScope {
  const sourceConditions = conditions.filter(({ key }) => SOURCE_KEYS.has(key.toLowerCase()));
  const accountIds: { accountId: string; condition: ConditionExplanation }[] = [];
  let scoped = false;

  for (const condition of sourceConditions) {
    const accounts = condition.restricts ? condition.accountIds : pinnedArnAccounts(condition);

    if (accounts === undefined) {
      continue;
    }

    scoped = true;
    accounts.forEach((accountId) => accountIds.push({ accountId, condition }));
  }

  return scoped ? { kind: "scoped", accountIds } : { kind: "any-account" };
}

/** Returns the accounts of aws:SourceArn values that an ARN operator pins, or undefined. */
function pinnedArnAccounts(condition: ConditionExplanation): string[] | undefined {
  const operator = parseConditionOperator(condition.operator);
  const pins =
    condition.key.toLowerCase() === "aws:sourcearn" &&
    operator.family === "arn" &&
    !operator.negated &&
    !operator.ifExists &&
    operator.setOperator !== "ForAllValues" &&
    condition.values.length > 0;

  if (!pins) {
    return undefined;
  }

  const accounts = condition.values.map((value) => value.split(":")[4] ?? "");
  return accounts.every((account) => ACCOUNT_ID.test(account)) ? accounts : undefined;
}

/**
 * Names what a service principal acts for, completing "any account's ...", such as "SNS topics"
 * for `sns.amazonaws.com`. Falls back to a phrase with the principal itself.
 */
export function describeServiceSource(service: string): string {
  const prefix = service.split(".")[0] ?? "";
  return SOURCE_NOUNS.get(prefix) ?? `resources that ${service} acts for`;
}

const SOURCE_NOUNS: ReadonlyMap<string, string> = new Map([
  ["sns", "SNS topics"],
  ["s3", "S3 buckets"],
  ["events", "EventBridge rules"],
  ["sqs", "SQS queues"],
  ["lambda", "Lambda functions"],
  ["cloudwatch", "CloudWatch alarms"],
  ["cloudtrail", "CloudTrail trails"],
]);
