import type { WafRule, WebAcl } from "../../collect/inventory.js";
import { asObject, type JsonObject } from "./json.js";

/** The web ACL field a top-level rule comes from, as the WAFv2 API names it. */
export type RuleLocation =
  "PreProcessFirewallManagerRuleGroups" | "Rules" | "PostProcessFirewallManagerRuleGroups";

/** A top-level rule of a web ACL. */
export interface AclRule {
  rule: WafRule;
  location: RuleLocation;
  /** Names the rule in a finding's reason, e.g. `rule RateLimit`. */
  label: string;
}

/**
 * Lists the top-level rules of a web ACL in the order WAF evaluates them: the Firewall Manager
 * pre-process rule groups, the account's own rules, then the post-process rule groups.
 *
 * A Firewall Manager entry's statement is its FirewallManagerStatement, whose
 * ManagedRuleGroupStatement and RuleGroupReferenceStatement keys are spelled as in a rule
 * statement, so callers read both kinds of entry the same way.
 */
export function aclRules(acl: WebAcl): AclRule[] {
  const placed = (rules: WafRule[], location: RuleLocation, kind: string): AclRule[] =>
    rules.map((rule) => ({ rule, location, label: `${kind} ${rule.name}` }));

  return [
    ...placed(
      acl.preProcessFirewallManagerRuleGroups,
      "PreProcessFirewallManagerRuleGroups",
      "Firewall Manager pre-process rule group",
    ),
    ...placed(acl.rules, "Rules", "rule"),
    ...placed(
      acl.postProcessFirewallManagerRuleGroups,
      "PostProcessFirewallManagerRuleGroups",
      "Firewall Manager post-process rule group",
    ),
  ];
}

/** Returns the statement of type `type` (e.g. `RateBasedStatement`) when it is the rule's top-level statement. */
export function topLevelStatement(rule: WafRule, type: string): JsonObject | undefined {
  return asObject(rule.statement[type]);
}
