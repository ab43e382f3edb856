import { parseConditionOperator } from "./condition-operator.js";
import type { Condition } from "./document.js";
import { RESTRICTING_KEYS, type RestrictingKey } from "./restricting-keys.js";
import { judgeSourceIpRange } from "./source-ip.js";
import { hasWildcard } from "./wildcard.js";

/** Whether one condition of an Allow statement limits who can use it, and why. */
export interface ConditionExplanation {
  operator: string;
  /** The condition key as written. */
  key: string;
  values: string[];
  restricts: boolean;
  reason: string;
  /** The 12-digit accounts a restricting condition limits callers to, when its values name any. */
  accountIds: string[];
}

const ACCOUNT_ID = /^\d{12}$/;

/**
 * Judges whether a condition of an Allow statement restricts a wildcard principal. Only a
 * positive, non-IfExists string or ARN operator (or IpAddress for aws:SourceIp) that fixes a
 * restricting key to values without wildcards or policy variables restricts.
 */
export function explainCondition(condition: Condition): ConditionExplanation {
  const { operator, originalKey, values } = condition;
  const base = { operator, key: originalKey, values };
  const restrictingKey = RESTRICTING_KEYS.get(condition.key);

  if (restrictingKey === undefined) {
    return {
      ...base,
      restricts: false,
      accountIds: [],
      reason: `${originalKey} does not identify the caller or where the request comes from, so it does not limit who can use the statement.`,
    };
  }

  const unrestrictedReason =
    findOperatorGap(condition, restrictingKey) ?? findValueGap(condition, restrictingKey);

  if (unrestrictedReason !== undefined) {
    return { ...base, restricts: false, accountIds: [], reason: unrestrictedReason };
  }

  return {
    ...base,
    restricts: true,
    accountIds: accountIdsOf(restrictingKey, values),
    reason: `${operator} fixes ${restrictingKey.name} to ${values.join(", ")}, so only ${restrictingKey.limitsTo} match.`,
  };
}

/** Explains why the operator lets callers through whatever the values are, if it does. */
function findOperatorGap(condition: Condition, restrictingKey: RestrictingKey): string | undefined {
  const operator = parseConditionOperator(condition.operator);
  const name = restrictingKey.name;

  if (operator.family === undefined) {
    return `${condition.operator} is not an IAM condition operator, so the condition cannot be shown to limit callers.`;
  }

  if (operator.ifExists) {
    return `${condition.operator} also matches requests that carry no ${name}, such as an anonymous call, so it does not limit callers.`;
  }

  if (operator.negated) {
    return `${condition.operator} on an Allow matches every ${name} except the listed values, so it does not limit callers.`;
  }

  if (operator.setOperator === "ForAllValues") {
    return `${condition.operator} also matches requests that carry no ${name} values, so it does not limit callers.`;
  }

  const expectedFamilies = restrictingKey.kind === "ip" ? ["ip"] : ["string", "arn"];

  if (!expectedFamilies.includes(operator.family)) {
    return `${condition.operator} does not compare ${name} with fixed values, so it does not limit callers.`;
  }

  return undefined;
}

/** Explains why the values leave the key open, if they do. */
function findValueGap(condition: Condition, restrictingKey: RestrictingKey): string | undefined {
  const { values, operator } = condition;
  const name = restrictingKey.name;

  if (values.length === 0) {
    return `${operator} lists no values for ${name}, so the condition cannot be shown to limit callers.`;
  }

  if (restrictingKey.kind === "ip") {
    const openRange = values.map(judgeSourceIpRange).find((range) => range.open);
    return openRange === undefined
      ? undefined
      : `${openRange.reason} ${name} therefore does not limit callers.`;
  }

  const variable = values.find((value) => value.includes("${"));
  if (variable !== undefined) {
    return `The value ${variable} of ${name} contains a policy variable, so it is not a fixed value and does not limit callers.`;
  }

  const wildcardsApply = parseConditionOperator(operator).wildcards;
  const wildcard = values.find((value) => wildcardsApply && !isFixedPattern(restrictingKey, value));

  if (wildcard !== undefined) {
    return `The value ${wildcard} of ${name} contains a wildcard under ${operator}, so it matches callers that are not named and does not limit them.`;
  }

  return undefined;
}

/**
 * True when a value under a wildcard operator still pins the caller. A value without `*` or `?`
 * matches like Equals. A role's unique id followed by `:*` matches every session of one role, and
 * S3 counts it as fixed. An organization path pins the organization when its id comes before the
 * first wildcard.
 */
function isFixedPattern(restrictingKey: RestrictingKey, value: string): boolean {
  if (!hasWildcard(value)) {
    return true;
  }

  if (restrictingKey.kind === "user-id") {
    return /^A[A-Z0-9]+:\*$/.test(value);
  }

  if (restrictingKey.kind === "organization-path") {
    return /^o-[a-z0-9]+\//.test(value.split(/[*?]/)[0] ?? "");
  }

  return false;
}

/** Extracts account ids from account values and from the account field of ARN values. */
function accountIdsOf(restrictingKey: RestrictingKey, values: string[]): string[] {
  if (restrictingKey.kind === "account") {
    return values.filter((value) => ACCOUNT_ID.test(value));
  }

  if (restrictingKey.kind === "arn") {
    // S3 bucket ARNs leave the account field empty because bucket names are global.
    return values
      .map((value) => value.split(":")[4] ?? "")
      .filter((account) => ACCOUNT_ID.test(account));
  }

  return [];
}
