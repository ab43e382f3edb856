import type { CollectionError } from "../../collect/collected.js";
import type { WafRule, WafScope } from "../../collect/inventory.js";
import { actionName, asObjects, asString, type JsonObject } from "./json.js";
import { topLevelStatement, type AclRule } from "./web-acl-rules.js";

/** A rule inside a rule group that a web ACL references, with the action WAF applies for it there. */
export interface GroupRule {
  rule: WafRule;
  /** Names the rule in a finding's reason, with its group and the referencing rule. */
  label: string;
  /** The action after the referencing rule's overrides, lower-cased; undefined when unknown. */
  action: string | undefined;
  /** The reason `action` differs from the rule's own action; absent when the rule's own action applies. */
  override?: string;
}

/** A referenced rule group whose rules are unknown. */
export interface UnreadRuleGroup {
  arn: string;
  reference: AclRule;
  /** The failed GetRuleGroup call; absent when the inventory has no entry for the group at all. */
  error?: CollectionError;
}

/**
 * Lists the rules of every customer rule group that the web ACL's top-level rules reference
 * (RuleGroupReferenceStatement, also inside a FirewallManagerStatement), and the referenced
 * groups that could not be read. WAF allows a rule group reference only as a rule's top-level
 * statement, and a rule group cannot reference another group, so one level is complete.
 */
export function referencedGroupRules(
  rules: AclRule[],
  ruleGroups: WafScope["ruleGroups"],
): { rules: GroupRule[]; unread: UnreadRuleGroup[] } {
  const found: GroupRule[] = [];
  const unread: UnreadRuleGroup[] = [];

  for (const reference of rules) {
    const statement = topLevelStatement(reference.rule, "RuleGroupReferenceStatement");
    const arn = asString(statement?.ARN);
    if (statement === undefined || arn === undefined) continue;

    const group = ruleGroups[arn];
    if (group === undefined || !group.ok) {
      unread.push({ arn, reference, ...(group === undefined ? {} : { error: group.error }) });
      continue;
    }
    for (const rule of group.value.rules) {
      const label = `rule ${rule.name} of rule group ${group.value.name} (referenced by ${reference.label})`;
      found.push({ rule, label, ...effectiveAction(rule, reference, statement) });
    }
  }
  return { rules: found, unread };
}

/**
 * Applies the referencing rule's overrides: override action Count counts the whole group, and
 * RuleActionOverrides or ExcludedRules (which means Count) replace the action of a named rule.
 */
function effectiveAction(
  rule: WafRule,
  reference: AclRule,
  statement: JsonObject,
): { action: string | undefined; override?: string } {
  const overrideAction = reference.rule.overrideAction;
  if (overrideAction === "count") {
    return { action: "count", override: `${reference.label} has override action Count` };
  }
  if (overrideAction !== "none") {
    const returned = overrideAction ?? "(none returned)";
    return { action: undefined, override: `${reference.label} has override action ${returned}` };
  }

  const ruleOverride = asObjects(statement.RuleActionOverrides).find(
    (candidate) => candidate.Name === rule.name,
  );
  if (ruleOverride !== undefined) {
    const action = actionName(ruleOverride.ActionToUse);
    const override = `${reference.label} overrides its action to ${displayAction(action)}`;
    return { action, override };
  }
  if (asObjects(statement.ExcludedRules).some((excluded) => excluded.Name === rule.name)) {
    const override = `${reference.label} lists it in ExcludedRules, which sets its action to Count`;
    return { action: "count", override };
  }
  return { action: rule.action };
}

/** Spells a lower-cased action name as the WAFv2 API's action key does, e.g. `Block`. */
export function displayAction(action: string | undefined): string {
  if (action === undefined || action === "") return "(unknown)";
  return action.charAt(0).toUpperCase() + action.slice(1);
}

/** Returns the name in a WAFv2 ARN (`arn:aws:wafv2:REGION:ACCOUNT:SCOPE/TYPE/NAME/ID`), or the ARN itself. */
export function nameFromArn(arn: string): string {
  const parts = arn.split("/");
  return parts.length >= 4 && parts[2] !== undefined ? parts[2] : arn;
}
