import type { Statement, ValueElement } from "./document.js";

/** Names a statement in explanations by its position and, when it has one, its Sid. */
export function describeStatement(statement: Statement): string {
  const position = `Statement ${statement.index}`;
  return statement.sid === undefined || statement.sid === ""
    ? position
    : `${position} ("${statement.sid}")`;
}

/**
 * Phrases an Action or NotAction element, such as "sqs:SendMessage" or "every action except
 * iam:*". An empty Action is "no action", and an empty NotAction excludes nothing.
 */
export function describeActions(action: ValueElement): string {
  const list = action.values.join(", ");

  if (action.values.length === 0) {
    return action.negated ? "every action" : "no action";
  }

  return action.negated ? `every action except ${list}` : list;
}

/** Shows an element as written, such as `NotAction: ["iam:*"]`, or "none" when it is missing. */
export function formatElement(
  name: "Action" | "Resource",
  element: ValueElement | undefined,
): string {
  if (element === undefined) {
    return "none";
  }

  return `${element.negated ? "Not" : ""}${name}: ${JSON.stringify(element.values)}`;
}

/** Phrases a Resource or NotResource element, such as "every resource except arn:aws:s3:::b". */
export function describeResources(resource: ValueElement | undefined): string {
  if (resource === undefined) {
    return "no resource element";
  }

  const list = resource.values.join(", ");

  if (resource.values.length === 0) {
    return resource.negated ? "every resource" : "no resource";
  }

  return resource.negated ? `every resource except ${list}` : list;
}
