/** Settings that tune what some controls accept; every field has a safe default. */
export interface CheckSettings {
  /**
   * ALB path patterns that are public by design (e.g. `/health`, `/static/*`): a listener rule
   * whose path conditions all match one of them may forward without authentication.
   */
  publicPathPatterns: string[];
  /** AWS managed rule groups every web ACL in front of an internet-facing ALB must run in blocking mode. */
  requiredManagedRuleGroups: string[];
  /** Account ids outside the audited account that resource policies may grant access to. */
  trustedAccountIds: string[];
}

/** Core rule set, known bad inputs and SQL injection: the AWS managed groups against common exploits. */
export const DEFAULT_REQUIRED_MANAGED_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesSQLiRuleSet",
];

export const DEFAULT_SETTINGS: CheckSettings = {
  publicPathPatterns: [],
  requiredManagedRuleGroups: DEFAULT_REQUIRED_MANAGED_RULE_GROUPS,
  trustedAccountIds: [],
};
