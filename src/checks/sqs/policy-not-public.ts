import type { Check } from "../check.js";
import { evaluatePolicyHolders } from "../policy-attribute.js";
import { judgePublicAccess } from "../policy-verdicts.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import { QUEUE_POLICY_KIND } from "./policy-kind.js";

/** No queue policy lets any principal in without a condition that fixes who the caller is. */
export const policyNotPublic: Check = {
  id: "sqs.policy-not-public",
  title: "SQS queue policies are not public",
  severity: "high",
  references: { cwe: ["CWE-284"], asvs: ["V1.4.3"], securityHub: ["SQS.3"] },
  inputs: ["sqs"],
  remediation:
    "Replace the wildcard principal with the accounts or roles that use the queue, or add a " +
    "condition that fixes aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID " +
    "(aws sqs set-queue-attributes --attributes Policy=...).",
  evaluate: (inventory, settings = DEFAULT_SETTINGS) =>
    evaluatePolicyHolders(
      policyNotPublic,
      inventory,
      settings,
      QUEUE_POLICY_KIND,
      inventory.parts.sqs,
      (subject) => judgePublicAccess(policyNotPublic, subject),
    ),
};
