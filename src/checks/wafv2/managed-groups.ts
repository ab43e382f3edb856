import type { WebAcl } from "../../collect/inventory.js";
import { actionName, asObject, asObjects, asString, type JsonObject } from "./json.js";
import { displayAction } from "./rule-groups.js";
import { describeStatement } from "./scope-down.js";
import { aclRules, topLevelStatement, type AclRule } from "./web-acl-rules.js";

/** A ManagedRuleGroupStatement of a web ACL, with the rule that runs it. */
export interface ManagedGroupUse {
  placed: AclRule;
  statement: JsonObject;
}

/**
 * Outcome for one required group: `blocking` (override action None), `counting` (override
 * action Count), `missing`, or `unknown` (another override action, or none returned).
 */
export type ManagedGroupOutcome = "blocking" | "counting" | "missing" | "unknown";

/** Rule actions that let a matching request through, so a rule overridden to them blocks nothing. */
const NON_BLOCKING_ACTIONS = new Set(["count", "allow"]);

/**
 * Lists the AWS managed rule groups a web ACL runs: in its own rules and in the Firewall Manager
 * rule groups. WAF allows a ManagedRuleGroupStatement only as the top-level statement of a web
 * ACL rule, never nested in another statement or inside a rule group, so no other place can
 * hold one.
 */
export function awsManagedGroupUses(acl: WebAcl): ManagedGroupUse[] {
  return aclRules(acl).flatMap((placed) => {
    const statement = topLevelStatement(placed.rule, "ManagedRuleGroupStatement");
    if (statement === undefined || statement.VendorName !== "AWS") return [];
    return [{ placed, statement }];
  });
}

/** Judges how the web ACL runs the AWS managed group `name`, with one clause per use for the reason. */
export function judgeManagedGroup(
  uses: ManagedGroupUse[],
  name: string,
): { outcome: ManagedGroupOutcome; clauses: string[] } {
  const matching = uses.filter((use) => use.statement.Name === name);
  if (matching.length === 0) {
    return { outcome: "missing", clauses: [`${name} is not in the web ACL`] };
  }

  const outcomes = matching.map((use) => outcomeOf(use));
  const clauses = matching.map((use) => `${name} runs in ${describeUse(use)}`);
  const rank: ManagedGroupOutcome[] = ["blocking", "unknown", "counting"];
  const outcome = rank.find((candidate) => outcomes.includes(candidate)) ?? "unknown";
  return { outcome, clauses };
}

/** Names the rules of a managed group use that ExcludedRules or RuleActionOverrides set to Count or Allow. */
export function nonBlockingRules(use: ManagedGroupUse): string[] {
  const excluded = asObjects(use.statement.ExcludedRules).map((rule) => asString(rule.Name));
  const overridden = asObjects(use.statement.RuleActionOverrides)
    .filter((rule) => NON_BLOCKING_ACTIONS.has(actionName(rule.ActionToUse) ?? ""))
    .map((rule) => asString(rule.Name));
  return [...excluded, ...overridden].filter((rule): rule is string => rule !== undefined);
}

/** Builds the evidence of a managed group use: the fields the verdict reads, in the API's spelling. */
export function managedGroupEvidence(use: ManagedGroupUse): Record<string, unknown> {
  const evidence: Record<string, unknown> = {
    Name: use.statement.Name,
    VendorName: use.statement.VendorName,
    Rule: use.placed.rule.name,
    Location: use.placed.location,
    OverrideAction: displayAction(use.placed.rule.overrideAction),
  };
  for (const field of ["Version", "ExcludedRules", "RuleActionOverrides", "ScopeDownStatement"]) {
    if (use.statement[field] !== undefined) evidence[field] = use.statement[field];
  }
  return evidence;
}

function outcomeOf(use: ManagedGroupUse): ManagedGroupOutcome {
  const overrideAction = use.placed.rule.overrideAction;
  if (overrideAction === "none") return "blocking";
  if (overrideAction === "count") return "counting";
  return "unknown";
}

function describeUse(use: ManagedGroupUse): string {
  const overrideAction = use.placed.rule.overrideAction;
  const parts = [`${use.placed.label} with override action ${displayAction(overrideAction)}`];

  if (overrideAction === "count") parts.push("which counts matches and blocks none");
  const counted = nonBlockingRules(use);
  if (counted.length > 0) parts.push(`rules ${counted.join(", ")} overridden to Count or Allow`);
  const scopeDown = asObject(use.statement.ScopeDownStatement);
  if (scopeDown !== undefined) {
    parts.push(`only for requests where ${describeStatement(scopeDown)}`);
  }
  return parts.join(", ");
}
