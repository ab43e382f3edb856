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
 * named as a principal or in a restricting condition. Public statements are the question of the
 * policy-not-public control, so they are only mentioned here.
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

  const accounts = [
    ...new Set(evaluation.crossAccount.map((grant) => grant.accountId ?? grant.principal)),
  ];
  const named =
    accounts.length === 1
      ? `account ${accounts[0]} is expected, add it`
      : `accounts ${joinNames(accounts)} are expected, add them`;
  const reason =
    `${title} grants access to accounts ${outside}. ` +
    `${evaluation.crossAccount.map((grant) => grant.reason).join(" ")} ` +
    `If ${named} with --trusted-account; otherwise remove the grants.${publicNote}`;
  return finding(check, resource, "fail", reason, evidence);
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
