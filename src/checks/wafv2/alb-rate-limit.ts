import type { Check } from "../check.js";
import { evaluateAlbWebAcls } from "./alb-web-acls.js";
import { judgeRateLimit } from "./rate-limit.js";

/**
 * The web ACL of every internet-facing application load balancer has a rate-based rule whose
 * action is Block, Challenge or CAPTCHA, in its own rules, a Firewall Manager rule group or a
 * referenced rule group, without an override to Count.
 */
export const albRateLimit: Check = {
  id: "wafv2.alb-rate-limit",
  title: "Internet-facing ALBs have a WAF rate-based rule that blocks",
  severity: "medium",
  references: { cwe: ["CWE-400"], asvs: ["V11.1.4"], securityHub: [] },
  inputs: ["elbv2", "wafv2"],
  remediation:
    "Add a rate-based rule with action Block, aggregated per client IP, to the load balancer's " +
    "web ACL (console: Add my own rules, Rule type Rate-based rule; or aws wafv2 update-web-acl).",

  evaluate(inventory) {
    const fix = "Associate a web ACL with a rate-based rule whose action is Block.";
    return evaluateAlbWebAcls(
      albRateLimit,
      inventory,
      (acl, waf, subject) => judgeRateLimit(acl, waf.ruleGroups, subject),
      fix,
    );
  },
};
