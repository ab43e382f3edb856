import type { WafScope, WebAcl } from "../../collect/inventory.js";
import {
  describeRateRule,
  findRateRules,
  isMitigating,
  rateRuleEvidence,
  rateRuleScope,
} from "./rate-rules.js";
import { nameFromArn } from "./rule-groups.js";
import type { Verdict } from "./verdict.js";

/**
 * Judges whether a web ACL limits request rates: some rate-based rule, in the web ACL, its
 * Firewall Manager rule groups or a referenced rule group, blocks, challenges or shows a CAPTCHA
 * to clients over the limit. `subject` names the web ACL and what it protects.
 */
export function judgeRateLimit(
  acl: WebAcl,
  ruleGroups: WafScope["ruleGroups"],
  subject: string,
): Verdict {
  const { rules, unread } = findRateRules(acl, ruleGroups);
  const evidence: Record<string, unknown> = { RateBasedRules: rules.map(rateRuleEvidence) };
  if (unread.length > 0) evidence.UnreadRuleGroups = unread.map((group) => group.arn);

  const mitigating = rules.filter(isMitigating);
  if (mitigating.length > 0) {
    return { status: "pass", reason: passReason(subject, mitigating), evidence };
  }

  const unknown = rules.filter((rule) => rule.action === undefined);
  if (unread.length > 0 || unknown.length > 0) {
    const missing = [
      ...unread.map(
        (group) =>
          `rule group ${nameFromArn(group.arn)} referenced by ${group.reference.label} could not be read`,
      ),
      ...unknown.map((rule) => `the action of ${describeRateRule(rule)} is unknown`),
    ];
    const reason =
      `${subject} has no rate-based rule that blocks among the rules that could be read, and ` +
      `${missing.join("; ")}, so whether it limits request rates is unknown.`;
    const error = unread.find((group) => group.error !== undefined)?.error;
    return { status: "error", reason, evidence, ...(error === undefined ? {} : { error }) };
  }

  if (rules.length === 0) {
    const reason =
      `${subject} has no rate-based rule, so no client is limited in how many requests it ` +
      `sends. Add a rate-based rule with action Block, aggregated per client IP.`;
    return { status: "fail", reason, evidence };
  }
  const reason =
    `${subject} has rate-based rules, but none blocks: ${rules.map(describeRateRule).join("; ")}. ` +
    `A rate-based rule with action Count only counts and labels requests over the limit and ` +
    `never stops them. Set the rule's action to Block (or Challenge or CAPTCHA).`;
  return { status: "fail", reason, evidence };
}

function passReason(
  subject: string,
  mitigating: ReturnType<typeof findRateRules>["rules"],
): string {
  const sentences = [
    `${subject} limits request rates with ${mitigating.map(describeRateRule).join("; ")}.`,
  ];

  if (!mitigating.some((rule) => rule.action === "block")) {
    sentences.push(
      "Challenge and CAPTCHA count as mitigation here, but WAF treats a request with a valid " +
        "token like Count, so a client that solved the puzzle is not limited during the immunity " +
        "time (300 seconds by default).",
    );
  }
  if (mitigating.every((rule) => rateRuleScope(rule) !== undefined)) {
    sentences.push(
      "Every such rule has a scope-down statement, so requests outside those scopes are not " +
        "rate limited.",
    );
  }
  return sentences.join(" ");
}
