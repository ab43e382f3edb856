import type { ListenerAction } from "../../collect/inventory.js";
import { targetGroupName } from "./resources.js";

/** Copies the fields of a listener action that the verdicts read, in the API's spelling, for evidence. */
export function describeAction(action: ListenerAction): Record<string, unknown> {
  const described: Record<string, unknown> = { Type: action.type };
  if (action.order !== undefined) described.Order = action.order;
  if (action.targetGroupArns.length > 0) described.TargetGroupArns = action.targetGroupArns;
  if (action.redirect !== undefined) {
    described.RedirectConfig = {
      Protocol: action.redirect.protocol,
      Port: action.redirect.port,
      StatusCode: action.redirect.statusCode,
    };
  }
  return described;
}

/**
 * Tells whether an action on a plain HTTP listener keeps request data away from targets: a
 * redirect that upgrades the scheme to HTTPS, or a fixed response. A redirect with protocol
 * `#{protocol}` (the default when Protocol is unset) or `HTTP` keeps the client on HTTP.
 */
export function isSafeOnHttp(action: ListenerAction): boolean {
  if (action.type === "fixed-response") return true;
  if (action.type !== "redirect") return false;
  return action.redirect?.protocol?.toUpperCase() === "HTTPS";
}

/** Describes an action that is unsafe on a plain HTTP listener, for a finding's reason. */
export function describeUnsafeAction(action: ListenerAction): string {
  if (action.type === "redirect") {
    const protocol = action.redirect?.protocol ?? "#{protocol}";
    return `a redirect to protocol ${protocol}, which does not upgrade the request to HTTPS`;
  }
  if (action.type === "forward") {
    const names = action.targetGroupArns.map(targetGroupName).join(", ");
    return names === "" ? "a forward" : `a forward to target group ${names}`;
  }
  return `a ${action.type} action`;
}
