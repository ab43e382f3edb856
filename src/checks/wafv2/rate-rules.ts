import type { WafScope, WebAcl } from "../../collect/inventory.js";
import { asNumber, asObject, asString, type JsonObject } from "./json.js";
import { displayAction, referencedGroupRules, type UnreadRuleGroup } from "./rule-groups.js";
import { describeStatement } from "./scope-down.js";
import { aclRules, topLevelStatement } from "./web-acl-rules.js";

/**
 * A rate-based rule of a web ACL or of a rule group it references. WAF allows a
 * RateBasedStatement only as a rule's top-level statement, so nested statements hold none.
 */
export interface RateRule {
  label: string;
  /** The action WAF takes for requests over the limit, lower-cased; undefined when unknown. */
  action: string | undefined;
  /** The reason `action` differs from the rule's own action, when a referencing rule overrides it. */
  override?: string;
  statement: JsonObject;
}

/** Actions that stop requests over the limit: Block, or a CAPTCHA or challenge puzzle. */
const MITIGATING_ACTIONS = new Set(["block", "captcha", "challenge"]);

/** Rate-based rule windows default to five minutes when EvaluationWindowSec is absent. */
const DEFAULT_WINDOW_SECONDS = 300;

const AGGREGATIONS: Record<string, string> = {
  IP: "per client IP",
  FORWARDED_IP: "per forwarded IP",
  CUSTOM_KEYS: "per custom key",
  CONSTANT: "across all matching requests together",
};

/**
 * Lists the rate-based rules of a web ACL: its own rules, the Firewall Manager rule groups, and
 * the rules of the customer rule groups they reference, with the referencing rule's overrides
 * applied. Referenced groups that could not be read are returned too.
 *
 * NOTE: Rate-based rules inside AWS or Marketplace managed rule groups are not visible here,
 * because the inventory does not hold the rules of managed groups.
 */
export function findRateRules(
  acl: WebAcl,
  ruleGroups: WafScope["ruleGroups"],
): { rules: RateRule[]; unread: UnreadRuleGroup[] } {
  const topLevel = aclRules(acl);
  const referenced = referencedGroupRules(topLevel, ruleGroups);
  const rules: RateRule[] = [];

  for (const placed of topLevel) {
    const statement = topLevelStatement(placed.rule, "RateBasedStatement");
    if (statement !== undefined) {
      rules.push({ label: placed.label, action: placed.rule.action, statement });
    }
  }
  for (const member of referenced.rules) {
    const statement = topLevelStatement(member.rule, "RateBasedStatement");
    if (statement === undefined) continue;
    const rule: RateRule = { label: member.label, action: member.action, statement };
    if (member.override !== undefined) rule.override = member.override;
    rules.push(rule);
  }
  return { rules, unread: referenced.unread };
}

export function isMitigating(rule: RateRule): boolean {
  return MITIGATING_ACTIONS.has(rule.action ?? "");
}

/** Describes the requests a rate rule limits, e.g. `the HTTP method is "POST"`; undefined when it limits all. */
export function rateRuleScope(rule: RateRule): string | undefined {
  const scopeDown = asObject(rule.statement.ScopeDownStatement);
  return scopeDown === undefined ? undefined : describeStatement(scopeDown);
}

/** Describes a rate rule for a reason: its limit, scope and action. */
export function describeRateRule(rule: RateRule): string {
  const limit = asNumber(rule.statement.Limit) ?? "(none)";
  const window = asNumber(rule.statement.EvaluationWindowSec) ?? DEFAULT_WINDOW_SECONDS;
  const aggregateKey = asString(rule.statement.AggregateKeyType) ?? "IP";
  const aggregation = AGGREGATIONS[aggregateKey] ?? `per ${aggregateKey}`;
  const scope = rateRuleScope(rule);

  const parts = [`limit ${String(limit)} requests in ${String(window)} seconds ${aggregation}`];
  if (scope !== undefined) parts.push(`only for requests where ${scope}`);
  parts.push(`action ${displayAction(rule.action)}`);
  if (rule.override !== undefined) parts.push(`because ${rule.override}`);
  return `${rule.label} (${parts.join(", ")})`;
}

/** Builds the evidence of a rate rule: the fields the verdict reads, in the API's spelling. */
export function rateRuleEvidence(rule: RateRule): Record<string, unknown> {
  const evidence: Record<string, unknown> = {
    Rule: rule.label,
    Action: displayAction(rule.action),
    Limit: rule.statement.Limit,
    EvaluationWindowSec: rule.statement.EvaluationWindowSec ?? DEFAULT_WINDOW_SECONDS,
    AggregateKeyType: rule.statement.AggregateKeyType,
  };
  if (rule.override !== undefined) evidence.Override = rule.override;
  const scope = rateRuleScope(rule);
  if (scope !== undefined) {
    evidence.ScopeDownStatement = rule.statement.ScopeDownStatement;
    evidence.Scope = scope;
  }
  return evidence;
}
