import type { CrossAccountGrant } from "../policy/index.js";
import type { Check, Finding } from "./check.js";
import { finding } from "./finding.js";
import type { PolicySubject } from "./policy-attribute.js";

/** Fails a policy with an Allow statement that any principal can use without a restricting condition. */
export function judgePublicAccess(check: Check, subject: PolicySubject): Finding {
  const { evaluation, title, resource } = subject;
  const evidence = { Policy: { Public: evaluation.public, Statements: evaluation.statements } };

  if (evaluation.public) {
    const statements = evaluation.statements.filter((statement) => statement.public);
    const reason =
      `${title} is public: ${statements.map((statement) => statement.reason).join(" ")} Name ` +
      `the principals in the statement, or add a condition that fixes aws:SourceArn, ` +
      `aws:SourceAccount or aws:PrincipalOrgID to known values.`;
    return finding(check, resource, "fail", reason, evidence);
  }

  const reason = `${title} is not public. ${describeStatements(subject)}`;
  return finding(check, resource, "pass", reason, evidence);
}

/**
 * Fails a policy that grants access to an account other than the owner and the trusted accounts,
 * named as a principal or in a restricting condition. It also fails a grant to an AWS service
 * principal without a source condition, which the service acting for any account can use. Public
 * statements are the question of the policy-not-public control, so they are only mentioned here.
 */
export function judgeCrossAccount(check: Check, subject: PolicySubject): Finding {
  const { evaluation, title, resource, ownerAccountId, trustedAccountIds } = subject;
  const evidence = {
    CrossAccountGrants: evaluation.crossAccount,
    TrustedAccountIds: trustedAccountIds,
  };
  const trusted =
    trustedAccountIds.length > 0
      ? ` and the trusted accounts ${joinNames([...trustedAccountIds])}`
      : "";
  const outside = `outside the owning account ${ownerAccountId}${trusted}`;
  const publicNote = describePublicStatements(check, subject);

  if (evaluation.crossAccount.length === 0) {
    const reason = `${title} grants access to no named account ${outside}. ${describeStatements(subject)}${publicNote}`;
    return finding(check, resource, "pass", reason, evidence);
  }

  const reason =
    `${title} grants access to accounts ${outside}. ` +
    `${evaluation.crossAccount.map((grant) => grant.reason).join(" ")} ` +
    `${describeCrossAccountFix(evaluation.crossAccount)}${publicNote}`;
  return finding(check, resource, "fail", reason, evidence);
}

/** Tells how to fix each kind of cross-account grant: trust or remove named accounts, scope services. */
function describeCrossAccountFix(grants: CrossAccountGrant[]): string {
  const fixes: string[] = [];
  const named = grants.filter((grant) => grant.source !== "any-account-service");
  const services = grants.filter((grant) => grant.source === "any-account-service");

  if (named.length > 0) {
    const accounts = [...new Set(named.map((grant) => grant.accountId ?? grant.principal))];
    const expected =
      accounts.length === 1
        ? `account ${accounts[0]} is expected, add it`
        : `accounts ${joinNames(accounts)} are expected, add them`;
    fixes.push(`If ${expected} with --trusted-account; otherwise remove the grants.`);
  }

  if (services.length > 0) {
    const principals = [...new Set(services.map((grant) => grant.principal))];
    fixes.push(
      `In the statements that grant ${joinNames(principals)}, add a condition that fixes ` +
        `aws:SourceArn or aws:SourceAccount to the owner's resources or account.`,
    );
  }

  return fixes.join(" ");
}

/** Points to the public statements, which the service's policy-not-public control judges. */
function describePublicStatements(check: Check, { evaluation }: PolicySubject): string {
  const indexes = evaluation.statements
    .filter((statement) => statement.public)
    .map((statement) => `Statement ${statement.index}`);
  if (indexes.length === 0) return "";

  const service = check.id.split(".")[0] ?? "";
  return ` ${joinNames(indexes)} ${indexes.length === 1 ? "is" : "are"} public, which ${service}.policy-not-public reports.`;
}

/** Explains each statement's verdict and adds the evaluator's advisories, such as organization-wide access. */
function describeStatements({ evaluation }: PolicySubject): string {
  const reasons = evaluation.statements.map((statement) => statement.reason);
  const advisories = evaluation.statements.flatMap((statement) => statement.advisories);
  return [...reasons, ...advisories.map((advisory) => `Note: ${advisory}`)].join(" ");
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}
