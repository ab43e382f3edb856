import type {
  IamInventory,
  Inventory,
  LambdaFunction,
  LambdaRegion,
} from "../../collect/inventory.js";
import { actionDataVersion } from "../../policy/index.js";
import type { Check, Finding } from "../check.js";
import { finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions, readGlobalPart } from "../inputs.js";
import { assessRole, type RoleAssessment } from "./role-policies.js";
import { FUNCTION_TYPE, functionRef } from "./resources.js";
import { describeFunction, findQueueSources } from "./workers.js";

/**
 * Every Lambda function's execution role grants no service-wide wildcard, no write or
 * permissions-management action on every resource and no iam:PassRole on every role. Inline,
 * customer managed and AWS managed policies are judged alike, and no AWS managed full-access
 * policy is attached.
 */
export const executionRoleLeastPrivilege: Check = {
  id: "lambda.execution-role-least-privilege",
  title: "Lambda execution roles follow least privilege",
  severity: "medium",
  references: { cwe: ["CWE-250"], asvs: ["V1.4.3"], securityHub: [] },
  inputs: ["lambda", "iam"],
  remediation:
    'Replace wildcard actions and Resource "*" in the execution role\'s policies with the actions ' +
    "the function calls on the ARNs it uses (for a queue worker: sqs:ReceiveMessage, " +
    "sqs:DeleteMessage and sqs:GetQueueAttributes on that queue), and replace broad AWS managed " +
    "policies such as full-access ones with a customer managed policy that grants only those actions.",
  evaluate: evaluateFunctions,
};

function evaluateFunctions(inventory: Inventory): Finding[] {
  const check = executionRoleLeastPrivilege;
  const scopeOf = (region: string) =>
    regionScope("lambda", region, inventory.accountId, FUNCTION_TYPE);

  return evaluateRegions(
    check,
    inventory,
    "lambda",
    inventory.parts.lambda,
    scopeOf,
    (region, data) =>
      data.functions.length === 0
        ? [notApplicable(check, scopeOf(region), "Lambda functions")]
        : data.functions.map((lambdaFunction) =>
            evaluateFunction(lambdaFunction, region, data, inventory),
          ),
  );
}

function evaluateFunction(
  lambdaFunction: LambdaFunction,
  region: string,
  data: LambdaRegion,
  inventory: Inventory,
): Finding {
  const check = executionRoleLeastPrivilege;
  const resource = functionRef(lambdaFunction, region);
  const sources = findQueueSources(lambdaFunction, data.eventSourceMappings);
  const subject = describeFunction(lambdaFunction, sources.queues);
  const baseEvidence = { Role: lambdaFunction.role, SqsEventSources: sources.evidence };

  const iam = readGlobalPart(check, "iam", inventory.parts.iam, resource);
  if (!iam.ok) return iam.finding;

  const role = roleOf(lambdaFunction, iam.value);
  if (role === undefined) {
    const reason =
      `${subject} could not be verified: the inventory contains no data for its execution role ` +
      `${lambdaFunction.role || "(none)"}, so its policies are unknown. Run the audit again with ` +
      `this check selected, so that the IAM collector reads the role.`;
    return finding(check, resource, "error", reason, baseEvidence);
  }
  if (!role.ok) {
    const { error } = role;
    const reason =
      `${subject} could not be verified: reading its execution role ${lambdaFunction.role} failed ` +
      `(${error.operation}: ${error.code}). Make sure the audit role may call ${error.action}, ` +
      `then run the audit again.`;
    return { ...finding(check, resource, "error", reason, baseEvidence), error };
  }

  const assessment = assessRole(role.value, iam.value.managedPolicies);
  const evidence = {
    ...baseEvidence,
    Policies: assessment.evidence,
    ActionDataVersion: actionDataVersion(),
  };
  return judge(subject, role.value.name, assessment, resource, evidence);
}

function roleOf(lambdaFunction: LambdaFunction, iam: IamInventory) {
  return lambdaFunction.role === "" ? undefined : iam.roles[lambdaFunction.role];
}

function judge(
  subject: string,
  roleName: string,
  assessment: RoleAssessment,
  resource: ReturnType<typeof functionRef>,
  evidence: Record<string, unknown>,
): Finding {
  const check = executionRoleLeastPrivilege;
  const unjudged = assessment.unjudged.map((policy) => policy.reason).join(" ");

  if (assessment.broadGrants.length > 0) {
    const grants = assessment.broadGrants.map(
      ({ policy, grant }) => `In the ${policy}: ${grant.reason}`,
    );
    const reason =
      `${subject} has execution role ${roleName}, which grants more than least privilege. ` +
      `${[...grants, unjudged].filter((text) => text !== "").join(" ")}`;
    return finding(check, resource, "fail", reason, evidence);
  }

  if (assessment.unjudged.length > 0) {
    const reason = `${subject} has execution role ${roleName}, whose policies could not all be judged. ${unjudged} ${describeFix(assessment)}`;
    const result = finding(check, resource, "error", reason, evidence);
    const error = assessment.unjudged.find((policy) => policy.error !== undefined)?.error;
    return error === undefined ? result : { ...result, error };
  }

  const judged =
    assessment.explanations.length > 0
      ? assessment.explanations.join(" ")
      : "The role has no attached or inline policies.";
  const reason = `${subject} has execution role ${roleName}, whose policies grant no broad access. ${judged}`;
  return finding(check, resource, "pass", reason, evidence);
}

/** Names the actions the audit role needs for unread policies, and what to do about unparsed ones. */
function describeFix(assessment: RoleAssessment): string {
  const actions = [...new Set(assessment.unjudged.flatMap((policy) => policy.actions))];
  const fixes: string[] = [];

  if (actions.length > 0) {
    const names =
      actions.length > 1
        ? `${actions.slice(0, -1).join(", ")} and ${actions.at(-1) ?? ""}`
        : actions.join("");
    fixes.push(`Make sure the audit role may call ${names}, then run the audit again.`);
  }

  if (assessment.unjudged.some((policy) => policy.actions.length === 0)) {
    fixes.push(
      "Compare the policy with the IAM policy grammar, and report the parse failure if IAM accepted it.",
    );
  }

  return fixes.join(" ");
}
