import { actionsOfService, type ActionRecord } from "./action-data.js";
import { hasWildcard, wildcardMatcher } from "./wildcard.js";

/** An Action pattern as written, expanded against the IAM action data set. */
export type ExpandedAction =
  /** `*`, or a pattern with a wildcard in the service prefix such as `*:Get*`. */
  | { kind: "all-services"; pattern: string }
  /** A whole service such as `sqs:*`. */
  | { kind: "service-wildcard"; pattern: string; service: string; actions: ActionRecord[] }
  /** A pattern naming one or more actions of one service, such as `ec2:Describe*`. */
  | { kind: "actions"; pattern: string; service: string; actions: ActionRecord[] }
  /** A service or action that the data set does not contain, or a malformed pattern. */
  | { kind: "unknown"; pattern: string };

/** Expands one Action pattern to the actions it matches. */
export function expandAction(pattern: string): ExpandedAction {
  if (pattern === "*") {
    return { kind: "all-services", pattern };
  }

  const colon = pattern.indexOf(":");

  if (colon <= 0) {
    return { kind: "unknown", pattern };
  }

  const service = pattern.slice(0, colon).toLowerCase();
  const name = pattern.slice(colon + 1);

  if (hasWildcard(service)) {
    return { kind: "all-services", pattern };
  }

  const serviceActions = actionsOfService(service);

  if (serviceActions === undefined) {
    return { kind: "unknown", pattern };
  }

  if (/^\*+$/.test(name)) {
    return { kind: "service-wildcard", pattern, service, actions: serviceActions };
  }

  const matches = wildcardMatcher(`${service}:${name}`);
  const actions = serviceActions.filter((action) => matches(action.name));

  return actions.length === 0
    ? { kind: "unknown", pattern }
    : { kind: "actions", pattern, service, actions };
}
