import type { FirewallManagerRuleGroup, Rule, RuleGroup, WebACL } from "@aws-sdk/client-wafv2";
import type { WafRule, WafRuleGroup, WebAcl } from "./inventory.js";

const utf8 = new TextDecoder("utf-8");

/** Converts a web ACL from GetWebACL, keeping the rule groups Firewall Manager adds. */
export function toWebAcl(acl: WebACL): WebAcl {
  return {
    arn: acl.ARN ?? "",
    name: acl.Name ?? "",
    id: acl.Id ?? "",
    // AWS returns exactly one of Allow and Block, so the empty fallback matches neither in checks.
    defaultAction: actionName(acl.DefaultAction) ?? "",
    managedByFirewallManager: acl.ManagedByFirewallManager ?? false,
    rules: (acl.Rules ?? []).map(toWafRule),
    preProcessFirewallManagerRuleGroups: (acl.PreProcessFirewallManagerRuleGroups ?? []).map(
      toFirewallManagerRule,
    ),
    postProcessFirewallManagerRuleGroups: (acl.PostProcessFirewallManagerRuleGroups ?? []).map(
      toFirewallManagerRule,
    ),
  };
}

/** Converts a rule group from GetRuleGroup. */
export function toWafRuleGroup(group: RuleGroup): WafRuleGroup {
  return {
    arn: group.ARN ?? "",
    name: group.Name ?? "",
    rules: (group.Rules ?? []).map(toWafRule),
  };
}

export function toWafRule(rule: Rule): WafRule {
  const result: WafRule = {
    name: rule.Name ?? "",
    priority: rule.Priority ?? 0,
    statement: toPlainObject(rule.Statement),
  };
  const action = actionName(rule.Action);
  if (action !== undefined) result.action = action;
  const overrideAction = actionName(rule.OverrideAction);
  if (overrideAction !== undefined) result.overrideAction = overrideAction;
  return result;
}

/** Converts a Firewall Manager rule group entry, whose FirewallManagerStatement becomes the statement. */
function toFirewallManagerRule(group: FirewallManagerRuleGroup): WafRule {
  const result: WafRule = {
    name: group.Name ?? "",
    priority: group.Priority ?? 0,
    statement: toPlainObject(group.FirewallManagerStatement),
  };
  const overrideAction = actionName(group.OverrideAction);
  if (overrideAction !== undefined) result.overrideAction = overrideAction;
  return result;
}

/**
 * Returns the lower-cased name of the action that is set, e.g. `{ Block: {} }` gives `block`.
 * WAFv2 actions are unions written as an object with one key.
 */
function actionName(action: object | undefined): string | undefined {
  if (action === undefined) return undefined;
  const key = Object.entries(action).find(([, value]) => value !== undefined)?.[0];
  return key?.toLowerCase();
}

/**
 * Lists the ARNs of the rule groups that the rules reference with RuleGroupReferenceStatement,
 * searching nested statements too, each once and in the order found.
 */
export function referencedRuleGroupArns(rules: readonly WafRule[]): string[] {
  const arns = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== "object" || node === null) return;

    const reference = (node as { RuleGroupReferenceStatement?: { ARN?: unknown } })
      .RuleGroupReferenceStatement;
    if (typeof reference?.ARN === "string") arns.add(reference.ARN);
    Object.values(node).forEach(visit);
  };
  rules.forEach((rule) => visit(rule.statement));
  return [...arns];
}

function toPlainObject(value: object | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  return toPlainJson(value) as Record<string, unknown>;
}

/**
 * Copies an SDK value as plain JSON. Binary fields (the SDK gives ByteMatchStatement.SearchString
 * as a Uint8Array) become UTF-8 text, and keys whose value is undefined are left out.
 */
export function toPlainJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return utf8.decode(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (typeof value !== "object" || value === null) return value;

  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) result[key] = toPlainJson(field);
  }
  return result;
}
