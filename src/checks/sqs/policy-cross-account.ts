import type { Check } from "../check.js";
import { evaluatePolicyHolders } from "../policy-attribute.js";
import { judgeCrossAccount } from "../policy-verdicts.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import { QUEUE_POLICY_KIND } from "./policy-kind.js";

/**
 * No queue policy grants access to an account other than the owner and the trusted accounts,
 * and no grant to an AWS service principal lacks a condition that names the source.
 */
export const policyCrossAccount: Check = {
  id: "sqs.policy-cross-account",
  title: "SQS queue policies grant no access to unknown accounts",
  severity: "medium",
  references: { cwe: ["CWE-284"], asvs: ["V1.4.3"], securityHub: [] },
  inputs: ["sqs"],
  remediation:
    "Remove the statements that grant access to other accounts, or pass each expected account " +
    "to the audit with --trusted-account. Limit each grant to an AWS service principal with a " +
    "condition that fixes aws:SourceArn or aws:SourceAccount.",
  evaluate: (inventory, settings = DEFAULT_SETTINGS) =>
    evaluatePolicyHolders(
      policyCrossAccount,
      inventory,
      settings,
      QUEUE_POLICY_KIND,
      inventory.parts.sqs,
      (subject) => judgeCrossAccount(policyCrossAccount, subject),
    ),
};
