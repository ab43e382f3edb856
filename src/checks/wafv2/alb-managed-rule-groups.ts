import type { WebAcl } from "../../collect/inventory.js";
import type { Check } from "../check.js";
import { finding, regionScope } from "../finding.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import { evaluateAlbWebAcls } from "./alb-web-acls.js";
import {
  awsManagedGroupUses,
  judgeManagedGroup,
  managedGroupEvidence,
  nonBlockingRules,
} from "./managed-groups.js";
import type { Verdict } from "./verdict.js";
import { WEB_ACL_TYPE } from "./web-acls.js";

/**
 * The web ACL of every internet-facing application load balancer runs each required AWS managed
 * rule group (settings.requiredManagedRuleGroups) with override action None, in its own rules or
 * in a Firewall Manager rule group.
 */
export const albManagedRuleGroups: Check = {
  id: "wafv2.alb-managed-rule-groups",
  title: "Internet-facing ALBs run the required AWS managed rule groups in blocking mode",
  severity: "high",
  references: { cwe: ["CWE-20"], asvs: [], securityHub: [] },
  inputs: ["elbv2", "wafv2"],
  remediation:
    "Associate a web ACL with the load balancer and add each required AWS managed rule group " +
    'with override action None (console: Add managed rule groups, without "Override rule group ' +
    'action to Count"); aws wafv2 update-web-acl and aws wafv2 associate-web-acl.',

  evaluate(inventory, settings = DEFAULT_SETTINGS) {
    const required = settings.requiredManagedRuleGroups;
    if (required.length === 0) {
      return inventory.regions.map((region) => {
        const scope = regionScope("wafv2", region, inventory.accountId, WEB_ACL_TYPE);
        const reason =
          "The settings require no managed rule groups, so there is nothing to verify.";
        return finding(albManagedRuleGroups, scope, "not_applicable", reason);
      });
    }

    const fix = `Associate a web ACL that runs ${required.join(", ")} with override action None.`;
    const judge = (acl: WebAcl, _waf: unknown, subject: string) =>
      judgeRequiredGroups(acl, required, subject);
    return evaluateAlbWebAcls(albManagedRuleGroups, inventory, judge, fix);
  },
};

function judgeRequiredGroups(acl: WebAcl, required: string[], subject: string): Verdict {
  const uses = awsManagedGroupUses(acl);
  const evidence = {
    RequiredManagedRuleGroups: required,
    AwsManagedRuleGroups: uses.map(managedGroupEvidence),
  };
  const judged = required.map((name) => ({ name, ...judgeManagedGroup(uses, name) }));
  const clausesOf = (outcomes: string[]) =>
    judged.filter((group) => outcomes.includes(group.outcome)).flatMap((group) => group.clauses);

  const failed = clausesOf(["missing", "counting"]);
  if (failed.length > 0) {
    const reason =
      `${subject} does not run every required AWS managed rule group in blocking mode: ` +
      `${failed.join("; ")}. Add each missing group to the web ACL and set the override action ` +
      `of each group rule to None, so that the group's own Block actions apply.`;
    return { status: "fail", reason, evidence };
  }

  const unknown = clausesOf(["unknown"]);
  if (unknown.length > 0) {
    const reason =
      `${subject} runs the required managed rule groups with an override action other than ` +
      `None or Count, so whether they block is unknown: ${unknown.join("; ")}. Inspect the web ` +
      `ACL with aws wafv2 get-web-acl --scope REGIONAL --name ${acl.name} --id ${acl.id}.`;
    return { status: "error", reason, evidence };
  }

  const sentences = [
    `${subject} runs every required AWS managed rule group in blocking mode: ${clausesOf(["blocking"]).join("; ")}.`,
  ];
  const partly = uses.filter(
    (use) => required.includes(String(use.statement.Name)) && nonBlockingRules(use).length > 0,
  );
  if (partly.length > 0) {
    // NOTE: Without the managed groups' rule lists (DescribeManagedRuleGroup, not collected), this
    // check cannot tell whether the overrides cover every rule of a group, so it only reports them.
    sentences.push(
      "Rules overridden to Count or Allow do not block, and the web ACL alone does not show " +
        "whether any rule of such a group still blocks: compare the overrides with aws wafv2 " +
        "describe-managed-rule-group --vendor-name AWS --scope REGIONAL --name GROUP.",
    );
  }
  return { status: "pass", reason: sentences.join(" "), evidence };
}
