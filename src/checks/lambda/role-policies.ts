import type { Collected, CollectionError } from "../../collect/collected.js";
import type { IamRole, ManagedPolicy } from "../../collect/inventory.js";
import {
  evaluateAttachedManagedPolicies,
  evaluateIdentityPolicy,
  parsePolicy,
  type BroadGrant,
} from "../../policy/index.js";

const AWS_MANAGED_ARN = /^arn:[^:]+:iam::aws:policy\//;

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
 * Judges every policy of an execution role. Inline and customer managed documents are decoded
 * once (IAM returns them URL-encoded) and judged statement by statement. AWS managed policies are
 * judged by name only, so that the standard execution roles such as AWSLambdaBasicExecutionRole
 * pass while full-access policies such as AmazonSQSFullAccess fail.
 * NOTE: an AWS managed policy that is broad without "FullAccess" or "Administrator" in its name,
 * such as AWSLambdaRole (lambda:InvokeFunction on every function), passes.
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

  const awsManaged = role.attachedPolicyArns.filter((arn) => AWS_MANAGED_ARN.test(arn));
  for (const arn of awsManaged) assessAwsManaged(arn, assessment);

  for (const arn of role.attachedPolicyArns.filter((arn) => !AWS_MANAGED_ARN.test(arn))) {
    const label = `customer managed policy ${arn}`;
    const policy = managedPolicies[arn];
    if (policy === undefined) {
      assessment.unjudged.push({
        policy: label,
        reason: `The inventory contains no document for ${label}.`,
      });
    } else if (!policy.ok) {
      assessment.unjudged.push(unread(label, policy.error));
    } else {
      assessDocument(label, policy.value.document, assessment, {
        Arn: arn,
        VersionId: policy.value.defaultVersionId,
      });
    }
  }

  for (const [name, document] of Object.entries(role.inlinePolicies)) {
    const label = `inline policy "${name}"`;
    if (!document.ok) assessment.unjudged.push(unread(label, document.error));
    else assessDocument(label, document.value, assessment, { InlinePolicy: name });
  }

  return assessment;
}

function assessAwsManaged(arn: string, assessment: RoleAssessment): void {
  const name = arn.split("/").at(-1) ?? arn;
  const label = `AWS managed policy ${name}`;
  const grants = evaluateAttachedManagedPolicies([arn]);

  assessment.broadGrants.push(...grants.map((grant) => ({ policy: label, grant })));
  assessment.evidence.push({
    Policy: label,
    Arn: arn,
    JudgedBy: "name",
    FullAccess: grants.length > 0,
  });
  if (grants.length === 0) {
    assessment.explanations.push(
      `The ${label} is judged by its name, which marks no full or administrator access.`,
    );
  }
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
    });
    return;
  }

  const evaluation = evaluateIdentityPolicy(document.value);
  assessment.broadGrants.push(...evaluation.findings.map((grant) => ({ policy: label, grant })));
  assessment.evidence.push({
    Policy: label,
    ...identity,
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
    error,
  };
}
