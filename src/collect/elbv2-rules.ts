import type { Action, Rule, RuleCondition } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ListenerAction, ListenerRule } from "./inventory.js";

/**
 * Converts a listener or rule action to plain data. Authentication actions keep the issuer, the
 * user pool and OnUnauthenticatedRequest, but not the client id or secret. AWS leaves ClientSecret
 * out of describe results, but moto 5.2.1 returns it, and a secret must not reach a saved inventory.
 */
export function toListenerAction(action: Action): ListenerAction {
  const result: ListenerAction = {
    type: action.Type ?? "",
    targetGroupArns: targetGroupArnsOf(action),
  };
  if (action.Order !== undefined) result.order = action.Order;

  const redirect = action.RedirectConfig;
  if (redirect !== undefined) {
    result.redirect = {};
    if (redirect.Protocol !== undefined) result.redirect.protocol = redirect.Protocol;
    if (redirect.Port !== undefined) result.redirect.port = redirect.Port;
    if (redirect.Host !== undefined) result.redirect.host = redirect.Host;
    if (redirect.Path !== undefined) result.redirect.path = redirect.Path;
    if (redirect.StatusCode !== undefined) result.redirect.statusCode = redirect.StatusCode;
  }

  const oidc = action.AuthenticateOidcConfig;
  if (oidc !== undefined) {
    if (oidc.OnUnauthenticatedRequest !== undefined) {
      result.onUnauthenticatedRequest = oidc.OnUnauthenticatedRequest;
    }
    if (oidc.Issuer !== undefined) result.issuer = oidc.Issuer;
  }

  const cognito = action.AuthenticateCognitoConfig;
  if (cognito !== undefined) {
    if (cognito.OnUnauthenticatedRequest !== undefined) {
      result.onUnauthenticatedRequest = cognito.OnUnauthenticatedRequest;
    }
    if (cognito.UserPoolArn !== undefined) result.userPoolArn = cognito.UserPoolArn;
  }
  return result;
}

/** Converts a rule to plain data. `isDefault` is false when the API omits IsDefault. */
export function toListenerRule(rule: Rule): ListenerRule {
  return {
    arn: rule.RuleArn ?? "",
    priority: rule.Priority ?? "",
    isDefault: rule.IsDefault ?? false,
    conditions: (rule.Conditions ?? []).map((condition) => {
      const result: ListenerRule["conditions"][number] = { values: conditionValues(condition) };
      if (condition.Field !== undefined) result.field = condition.Field;
      return result;
    }),
    actions: (rule.Actions ?? []).map(toListenerAction),
  };
}

/** Target groups of a forward action, from both TargetGroupArn and ForwardConfig, each once. */
function targetGroupArnsOf(action: Action): string[] {
  const arns = new Set<string>();
  if (action.TargetGroupArn !== undefined) arns.add(action.TargetGroupArn);
  for (const target of action.ForwardConfig?.TargetGroups ?? []) {
    if (target.TargetGroupArn !== undefined) arns.add(target.TargetGroupArn);
  }
  return [...arns];
}

/**
 * Values of a condition, from the legacy Values list and the per-field configs. Header conditions
 * read `Name: value`, query string conditions `key=value` (or `value` without a key).
 * NOTE: RegexValues of host-header, path-pattern and http-header conditions are not kept.
 */
function conditionValues(condition: RuleCondition): string[] {
  const values = [
    ...(condition.Values ?? []),
    ...(condition.HostHeaderConfig?.Values ?? []),
    ...(condition.PathPatternConfig?.Values ?? []),
    ...(condition.HttpRequestMethodConfig?.Values ?? []),
    ...(condition.SourceIpConfig?.Values ?? []),
  ];

  const header = condition.HttpHeaderConfig;
  for (const value of header?.Values ?? []) {
    values.push(`${header?.HttpHeaderName ?? ""}: ${value}`);
  }
  for (const pair of condition.QueryStringConfig?.Values ?? []) {
    const value = pair.Value ?? "";
    values.push(pair.Key === undefined ? value : `${pair.Key}=${value}`);
  }
  return [...new Set(values)];
}
