import { serviceDisplayName } from "./action-data.js";
import type { BroadGrantKind } from "./broad-grant.js";
import type { Statement } from "./document.js";

/** Number of matched actions a reason names before it ends the list with "and N more". */
const EXAMPLE_COUNT = 5;

/** Explains one kind of broad grant and what to change, in full sentences. */
export function describeBroadGrant(
  kind: BroadGrantKind,
  patterns: string[],
  actions: string[],
): string {
  const examples = actions.slice(0, EXAMPLE_COUNT).join(", ");
  const more = actions.length > EXAMPLE_COUNT ? ` and ${actions.length - EXAMPLE_COUNT} more` : "";

  switch (kind) {
    case "all-actions":
      return `The pattern ${patterns.join(", ")} allows every action of every service. Grant only the actions the identity calls.`;
    case "not-action":
      return "NotAction with Allow grants every other action of every service, also those AWS adds later. List the actions the identity needs instead of excluding some.";
    case "service-wildcard": {
      const included = actions.length > 0 ? ` That includes ${examples}${more}.` : "";
      return `${patterns.map(describeServiceWildcard).join(" ")}${included} Grant only the actions the identity calls.`;
    }
    case "write-on-all-resources":
      return `The write actions ${examples}${more} apply to every resource. Limit Resource to the ARNs these actions need.`;
    case "permissions-management-on-all-resources":
      return `The permissions-management actions ${examples}${more} apply to every resource, so the identity can change who may access any of them. Limit Resource to the ARNs these actions need.`;
    case "pass-role-on-all-resources":
      return "iam:PassRole on every role lets the identity hand any role in the account, an administrator role included, to a service it configures. Limit Resource to the roles it must pass.";
    case "unknown-action-on-all-resources":
      return `The IAM action data set does not contain ${patterns.join(", ")}, so the access level on every resource cannot be judged. Correct the action names or limit Resource.`;
    case "managed-full-access":
      return "Replace the managed policy with one that grants only the actions the identity calls.";
  }
}

/** Returns a sentence noting that the statement's conditions were not credited, or "" without any. */
export function describeIgnoredConditions(statement: Statement): string {
  if (statement.conditions.length === 0) {
    return "";
  }

  const keys = [...new Set(statement.conditions.map(({ originalKey }) => originalKey))].join(", ");
  return ` The statement's conditions on ${keys} are not taken into account.`;
}

function describeServiceWildcard(pattern: string): string {
  const service = pattern.split(":")[0] ?? pattern;
  return `${pattern} allows every ${serviceDisplayName(service)} action, also those AWS adds later.`;
}
