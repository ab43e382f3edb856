import type { ComponentKind } from "./component-kinds.js";

/**
 * One rule of the knowledge base: a threat that references `cwe` gets `control` when one of its
 * affected components is of a kind in `kinds`. With `kinds` set to `account` it always gets the
 * control, which then covers every data store or log of the account.
 */
export interface KnowledgeRule {
  cwe: string;
  kinds: ComponentKind[] | "account";
  control: string;
}

function rules(cwe: string, kinds: KnowledgeRule["kinds"], controls: string[]): KnowledgeRule[] {
  return controls.map((control) => ({ cwe, kinds, control }));
}

/**
 * Maps weaknesses (CWE) and component kinds to the controls that mitigate them. A threat gets the
 * matching rules' controls in this order, so the order is part of the report's stable output.
 * A unit test checks that every control named here is in the check catalog.
 */
export const KNOWLEDGE_BASE: readonly KnowledgeRule[] = [
  // CWE-319 Cleartext Transmission of Sensitive Information.
  ...rules("CWE-319", ["database"], ["rds.tls-required"]),
  ...rules(
    "CWE-319",
    ["load-balancer"],
    [
      "elbv2.listener-https",
      "elbv2.listener-tls-policy",
      "elbv2.target-group-https",
      "cloudfront.origin-https",
    ],
  ),
  ...rules("CWE-319", ["cdn"], ["cloudfront.origin-https"]),
  ...rules("CWE-319", ["bucket"], ["s3.tls-only-policy"]),

  // CWE-287 Improper Authentication: the load balancer in front of the service authenticates.
  ...rules("CWE-287", ["load-balancer", "container-service"], ["elbv2.alb-authentication"]),

  // CWE-284 Improper Access Control.
  ...rules(
    "CWE-284",
    ["bucket"],
    [
      "s3.account-public-access-block",
      "s3.bucket-public-access-block",
      "s3.bucket-public-exposure",
      "s3.object-ownership-enforced",
      "s3.tls-only-policy",
    ],
  ),
  ...rules("CWE-284", ["queue"], ["sqs.policy-not-public"]),
  ...rules("CWE-284", ["topic"], ["sns.policy-not-public"]),
  ...rules("CWE-284", ["queue"], ["sqs.policy-cross-account"]),
  ...rules("CWE-284", ["topic"], ["sns.policy-cross-account"]),

  // CWE-20 Improper Input Validation: WAF rules and header checks at the load balancer.
  ...rules(
    "CWE-20",
    ["load-balancer", "container-service"],
    ["wafv2.alb-managed-rule-groups", "elbv2.drop-invalid-header-fields"],
  ),

  // CWE-400 Uncontrolled Resource Consumption at the public entry points.
  ...rules("CWE-400", ["load-balancer"], ["wafv2.alb-rate-limit"]),
  ...rules("CWE-400", ["cdn"], ["wafv2.cloudfront-rate-limit"]),

  // CWE-778 Insufficient Logging: every log source of the account.
  ...rules("CWE-778", "account", [
    "elbv2.access-logs",
    "s3.server-access-logging",
    "rds.log-exports",
    "cloudtrail.multi-region-logging",
    "ecs.task-log-configuration",
  ]),

  // CWE-311 Missing Encryption of Sensitive Data: every data store of the account.
  ...rules("CWE-311", "account", [
    "rds.storage-encrypted",
    "s3.default-encryption-kms",
    "sqs.encryption-at-rest",
    "sns.encryption-at-rest",
  ]),

  // CWE-250 Execution with Unnecessary Privileges.
  ...rules("CWE-250", ["function"], ["lambda.execution-role-least-privilege"]),
];
