import type { Collected, CollectionError } from "../../collect/collected.js";
import type { IamRole, ManagedPolicy } from "../../collect/inventory.js";
import {
  evaluateAttachedManagedPolicies,
  evaluateIdentityPolicy,
  parsePolicy,
  type BroadGrant,
} from "../../policy/index.js";
import { MINIMAL_EXECUTION_POLICIES } from "./minimal-execution-policies.js";

const AWS_MANAGED_ARN = /^arn:[^:]+:iam::aws:policy\//;

/** The calls the IAM collector makes to read a managed policy's default version. */
const MANAGED_POLICY_ACTIONS = ["iam:GetPolicy", "iam:GetPolicyVersion"];

/** A broad grant with the policy it comes from, such as `inline policy "jobs"`. */
export interface PolicyGrant {
  policy: string;
  grant: BroadGrant;
}

/** A policy of the role that could not be read or parsed. */
export interface UnjudgedPolicy {
  policy: string;
  /** A full sentence naming the policy and what failed. */
  reason: string;
  /** The IAM actions the audit role needs to read the policy; empty when it was read but not parsed. */
  actions: string[];
  error?: CollectionError;
}

export interface RoleAssessment {
  broadGrants: PolicyGrant[];
  unjudged: UnjudgedPolicy[];
  /** One sentence or more per judged policy, explaining its verdict. */
  explanations: string[];
  evidence: Record<string, unknown>[];
}

/**
 * Judges every policy of an execution role. Inline, customer managed and AWS managed documents are
 * decoded once (IAM returns them URL-encoded) and judged statement by statement. Two kinds of AWS
 * managed policy are judged by name instead: the minimal execution-role policies of the Lambda
 * Developer Guide pass, and full-access policies such as AmazonSQSFullAccess fail even when their
 * document could not be read.
 */
export function assessRole(
  role: IamRole,
  managedPolicies: Record<string, Collected<ManagedPolicy>>,
): RoleAssessment {
  const assessment: RoleAssessment = {
    broadGrants: [],
    unjudged: [],
    explanations: [],
    evidence: [],
  };

  for (const arn of role.attachedPolicyArns) {
    if (AWS_MANAGED_ARN.test(arn)) {
      assessAwsManaged(arn, managedPolicies[arn], assessment);
    } else {
      assessManagedDocument(
        `customer managed policy ${arn}`,
        arn,
        managedPolicies[arn],
        assessment,
      );
    }
  }

  for (const [name, document] of Object.entries(role.inlinePolicies)) {
    const label = `inline policy "${name}"`;
    if (!document.ok) assessment.unjudged.push(unread(label, document.error));
    else assessDocument(label, document.value, assessment, { InlinePolicy: name });
  }

  return assessment;
}

function assessAwsManaged(
  arn: string,
  policy: Collected<ManagedPolicy> | undefined,
  assessment: RoleAssessment,
): void {
  const name = arn.split("/").at(-1) ?? arn;
  const label = `AWS managed policy ${name}`;

  const purpose = MINIMAL_EXECUTION_POLICIES.get(name);
  if (purpose !== undefined) {
    assessment.evidence.push({ Policy: label, Arn: arn, JudgedBy: "name", Accepted: true });
    assessment.explanations.push(
      `The ${label} is accepted by name: the Lambda Developer Guide lists it as the minimal ` +
        `execution-role policy for ${purpose}.`,
    );
    return;
  }

  const grants = evaluateAttachedManagedPolicies([arn]);
  if (grants.length > 0) {
    assessment.broadGrants.push(...grants.map((grant) => ({ policy: label, grant })));
    assessment.evidence.push({ Policy: label, Arn: arn, JudgedBy: "name", FullAccess: true });
    return;
  }

  assessManagedDocument(label, arn, policy, assessment);
}

function assessManagedDocument(
  label: string,
  arn: string,
  policy: Collected<ManagedPolicy> | undefined,
  assessment: RoleAssessment,
): void {
  if (policy === undefined) {
    assessment.unjudged.push({
      policy: label,
      reason: `The inventory contains no document for the ${label}.`,
      actions: MANAGED_POLICY_ACTIONS,
    });
    return;
  }

  if (!policy.ok) {
    assessment.unjudged.push(unread(label, policy.error));
    return;
  }

  assessDocument(label, policy.value.document, assessment, {
    Arn: arn,
    VersionId: policy.value.defaultVersionId,
  });
}

function assessDocument(
  label: string,
  text: string,
  assessment: RoleAssessment,
  identity: Record<string, string>,
): void {
  const document = parsePolicy(text, { urlEncoded: true });
  if (!document.ok) {
    assessment.unjudged.push({
      policy: label,
      reason: `The ${label} could not be parsed: ${document.error.reason}`,
      actions: [],
    });
    return;
  }

  const evaluation = evaluateIdentityPolicy(document.value);
  assessment.broadGrants.push(...evaluation.findings.map((grant) => ({ policy: label, grant })));
  assessment.evidence.push({
    Policy: label,
    ...identity,
    JudgedBy: "document",
    OverBroad: evaluation.overBroad,
    Statements: evaluation.statements,
  });
  if (!evaluation.overBroad) {
    assessment.explanations.push(
      `In the ${label}, ${evaluation.statements.map((statement) => statement.reason).join(" ")}`,
    );
  }
}

function unread(label: string, error: CollectionError): UnjudgedPolicy {
  return {
    policy: label,
    reason: `The ${label} could not be read (${error.operation} failed with ${error.code}).`,
    actions: [error.action],
    error,
  };
}
