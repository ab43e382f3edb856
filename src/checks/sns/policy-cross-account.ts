import type { Check } from "../check.js";
import { evaluatePolicyHolders } from "../policy-attribute.js";
import { judgeCrossAccount } from "../policy-verdicts.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import { TOPIC_POLICY_KIND } from "./policy-kind.js";

/**
 * No topic policy grants access to an account other than the owner and the trusted accounts,
 * and no grant to an AWS service principal lacks a condition that names the source.
 */
export const policyCrossAccount: Check = {
  id: "sns.policy-cross-account",
  title: "SNS topic policies grant no access to unknown accounts",
  severity: "medium",
  references: { cwe: ["CWE-284"], asvs: ["V1.4.3"], securityHub: [] },
  inputs: ["sns"],
  remediation:
    "Remove the statements that grant access to other accounts, or pass each expected account " +
    "to the audit with --trusted-account. Limit each grant to an AWS service principal with a " +
    "condition that fixes aws:SourceArn or aws:SourceAccount.",
  evaluate: (inventory, settings = DEFAULT_SETTINGS) =>
    evaluatePolicyHolders(
      policyCrossAccount,
      inventory,
      settings,
      TOPIC_POLICY_KIND,
      inventory.parts.sns,
      (subject) => judgeCrossAccount(policyCrossAccount, subject),
    ),
};
