import type { Check } from "../check.js";
import { evaluatePolicyHolders } from "../policy-attribute.js";
import { judgePublicAccess } from "../policy-verdicts.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import { TOPIC_POLICY_KIND } from "./policy-kind.js";

/** No topic policy lets any principal in without a condition that fixes who the caller is. */
export const policyNotPublic: Check = {
  id: "sns.policy-not-public",
  title: "SNS topic policies are not public",
  severity: "high",
  references: { cwe: ["CWE-284"], asvs: ["V1.4.3"], securityHub: [] },
  inputs: ["sns"],
  remediation:
    "Replace the wildcard principal with the accounts or roles that use the topic, or add a " +
    "condition that fixes aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID " +
    "(aws sns set-topic-attributes --attribute-name Policy --attribute-value ...).",
  evaluate: (inventory, settings = DEFAULT_SETTINGS) =>
    evaluatePolicyHolders(
      policyNotPublic,
      inventory,
      settings,
      TOPIC_POLICY_KIND,
      inventory.parts.sns,
      (subject) => judgePublicAccess(policyNotPublic, subject),
    ),
};
