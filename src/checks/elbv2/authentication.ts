import type { ListenerAction } from "../../collect/inventory.js";
import { describeAction } from "./actions.js";
import { targetGroupName } from "./resources.js";

const AUTHENTICATE_TYPES = new Set(["authenticate-oidc", "authenticate-cognito"]);

/**
 * OnUnauthenticatedRequest values that stop a request without a session: `authenticate` (the
 * default) redirects it to the identity provider, `deny` returns HTTP 401. `allow` forwards it.
 */
const ENFORCING_MODES = new Set(["authenticate", "deny"]);

export type PathOutcome = "authenticated" | "unauthenticated" | "unknown";

/** The judgement of one path through a listener: the default actions or one rule's actions. */
export interface PathVerdict {
  outcome: PathOutcome;
  /** A clause naming the path and what was read, for the finding's reason. */
  clause: string;
}

/**
 * Judges whether the actions of one path authenticate a request before forwarding it: an
 * authenticate-oidc or authenticate-cognito action with a lower Order than the forward, whose
 * OnUnauthenticatedRequest is `authenticate` or `deny`. Returns undefined when nothing forwards.
 * An action without an Order takes its position in the list, as a single action has none.
 */
export function judgeForwardPath(actions: ListenerAction[], path: string): PathVerdict | undefined {
  const ordered = actions.map((action, index) => ({ action, order: action.order ?? index + 1 }));
  const forward = ordered
    .filter(({ action }) => action.type === "forward")
    .sort((left, right) => left.order - right.order)[0];
  if (forward === undefined) return undefined;

  const targets = forward.action.targetGroupArns.map(targetGroupName).join(", ") || "(none named)";
  const forwarding = `forwards to target group ${targets} (Order ${forward.order})`;
  const authenticators = ordered.filter(({ action }) => AUTHENTICATE_TYPES.has(action.type));
  const before = authenticators.filter(({ order }) => order < forward.order);

  if (before.length === 0) {
    const after = authenticators[0];
    const clause =
      after === undefined
        ? `${path} ${forwarding} with no authenticate action`
        : `${path} ${forwarding} before its ${after.action.type} action (Order ${after.order})`;
    return { outcome: "unauthenticated", clause };
  }

  const modeOf = (action: ListenerAction) =>
    (action.onUnauthenticatedRequest ?? "authenticate").toLowerCase();
  const enforcing = before.find(({ action }) => ENFORCING_MODES.has(modeOf(action)));
  if (enforcing !== undefined) {
    const mode = modeOf(enforcing.action);
    const clause = `${path} runs ${enforcing.action.type} with OnUnauthenticatedRequest ${mode} before it ${forwarding}`;
    return { outcome: "authenticated", clause };
  }

  const first = before[0]?.action ?? { type: "(none)", targetGroupArns: [] };
  const mode = modeOf(first);
  if (mode === "allow") {
    const clause =
      `${path} runs ${first.type} with OnUnauthenticatedRequest allow, so it ${forwarding} ` +
      `also for requests without a session, which reach the target without identity claims`;
    return { outcome: "unauthenticated", clause };
  }
  const clause = `${path} runs ${first.type} with OnUnauthenticatedRequest ${mode}, a value this check does not know`;
  return { outcome: "unknown", clause };
}

/** Copies the fields of an action that the verdict reads, in the API's spelling, for evidence. */
export function describeAuthenticationAction(action: ListenerAction): Record<string, unknown> {
  const described = describeAction(action);
  if (AUTHENTICATE_TYPES.has(action.type)) {
    described.OnUnauthenticatedRequest =
      action.onUnauthenticatedRequest ?? "(absent: authenticate)";
  }
  return described;
}
