import type { Elbv2Region, Listener, ListenerRule, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import {
  describeAuthenticationAction,
  judgeForwardPath,
  type PathVerdict,
} from "./authentication.js";
import { isPublicRule, rulePathPatterns } from "./path-patterns.js";
import {
  elbv2Scope,
  LISTENER_TYPE,
  listenerLabel,
  listenerRef,
  loadBalancerRef,
} from "./resources.js";

/**
 * Every listener of an internet-facing application load balancer authenticates each path that
 * forwards to a target: the default actions and each rule with a forward action. Such a path
 * first runs an authenticate-oidc or authenticate-cognito action whose OnUnauthenticatedRequest
 * is `authenticate` or `deny`, unless all its path patterns are public (settings.publicPathPatterns).
 */
export const albAuthentication: Check = {
  id: "elbv2.alb-authentication",
  title: "Internet-facing ALBs authenticate requests before forwarding them",
  severity: "high",
  references: { cwe: ["CWE-287"], asvs: ["V4.1.1"], securityHub: [] },
  inputs: ["elbv2"],
  remediation:
    "Put an authenticate-oidc or authenticate-cognito action with OnUnauthenticatedRequest " +
    "authenticate (or deny for APIs) before each forward action of HTTPS listener rules " +
    "(aws elbv2 modify-listener or modify-rule --actions), and pass paths that are public by design with --public-path.",

  evaluate(inventory, settings = DEFAULT_SETTINGS) {
    return evaluateRegions(
      albAuthentication,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, LISTENER_TYPE),
      (region, data) =>
        evaluateRegion(region, data, inventory.accountId, settings.publicPathPatterns),
    );
  },
};

function evaluateRegion(
  region: string,
  data: Elbv2Region,
  accountId: string,
  publicPatterns: string[],
): Finding[] {
  const albs = data.loadBalancers.filter((lb) => lb.type === "application");
  if (albs.length === 0) {
    const scope = elbv2Scope(region, accountId, LISTENER_TYPE);
    return [notApplicable(albAuthentication, scope, "application load balancers")];
  }
  return albs.flatMap((lb) => evaluateLoadBalancer(lb, region, publicPatterns));
}

function evaluateLoadBalancer(
  loadBalancer: LoadBalancer,
  region: string,
  publicPatterns: string[],
): Finding[] {
  const resource = loadBalancerRef(loadBalancer, region);
  if (loadBalancer.scheme !== "internet-facing") {
    const reason =
      `Load balancer ${loadBalancer.name} has scheme internal, so it is reachable only from ` +
      `networks connected to its VPC. This check judges internet-facing load balancers only.`;
    const evidence = { Scheme: loadBalancer.scheme };
    return [finding(albAuthentication, resource, "not_applicable", reason, evidence)];
  }
  if (!loadBalancer.listeners.ok) {
    return [errorFinding(albAuthentication, resource, loadBalancer.listeners.error)];
  }

  const listeners = loadBalancer.listeners.value;
  if (listeners.length === 0) {
    const reason = `Load balancer ${loadBalancer.name} has no listeners, so it accepts no traffic.`;
    return [finding(albAuthentication, resource, "not_applicable", reason)];
  }
  return listeners.map((listener) =>
    evaluateListener(listener, loadBalancer, region, publicPatterns),
  );
}

function evaluateListener(
  listener: Listener,
  loadBalancer: LoadBalancer,
  region: string,
  publicPatterns: string[],
): Finding {
  const resource = listenerRef(listener, loadBalancer, region);
  const subject = `Listener ${listenerLabel(listener)} of load balancer ${loadBalancer.name}`;
  const evidence: Record<string, unknown> = {
    LoadBalancer: loadBalancer.name,
    Port: listener.port,
    Protocol: listener.protocol,
    DefaultActions: listener.defaultActions.map(describeAuthenticationAction),
  };

  const defaultPath = judgeForwardPath(listener.defaultActions, "the default action");
  if (!listener.rules.ok) {
    if (defaultPath?.outcome === "unauthenticated") {
      const reason = `${failReason(subject, [defaultPath.clause], listener.protocol)} Its other rules could not be read.`;
      return finding(albAuthentication, resource, "fail", reason, evidence);
    }
    return { ...errorFinding(albAuthentication, resource, listener.rules.error), evidence };
  }

  const rules = listener.rules.value.filter((rule) => !rule.isDefault);
  const forwarding = rules.flatMap((rule) => {
    const verdict = judgeForwardPath(rule.actions, describeRule(rule));
    return verdict === undefined ? [] : [{ rule, verdict }];
  });
  const publicRules = forwarding.filter(({ rule }) => isPublicRule(rule, publicPatterns));
  const judged: PathVerdict[] = [
    ...(defaultPath === undefined ? [] : [defaultPath]),
    ...forwarding.filter((entry) => !publicRules.includes(entry)).map((entry) => entry.verdict),
  ];

  evidence.Rules = rules.map((rule) => ({
    Priority: rule.priority,
    PathPatterns: rulePathPatterns(rule),
    Actions: rule.actions.map(describeAuthenticationAction),
  }));
  evidence.PublicRules = publicRules.map(({ rule }) => ({
    Priority: rule.priority,
    PathPatterns: rulePathPatterns(rule),
  }));
  evidence.PublicPathPatterns = publicPatterns;

  const clausesOf = (outcome: PathVerdict["outcome"]) =>
    judged.filter((verdict) => verdict.outcome === outcome).map((verdict) => verdict.clause);
  const failures = clausesOf("unauthenticated");
  if (failures.length > 0) {
    return finding(
      albAuthentication,
      resource,
      "fail",
      failReason(subject, failures, listener.protocol),
      evidence,
    );
  }
  const unknowns = clausesOf("unknown");
  if (unknowns.length > 0) {
    const reason =
      `${subject} could not be judged: ${unknowns.join("; ")}. Inspect it with ` +
      `aws elbv2 describe-rules --listener-arn ${listener.arn}.`;
    return finding(albAuthentication, resource, "error", reason, evidence);
  }

  if (judged.length === 0 && publicRules.length === 0) {
    const reason =
      `${subject} forwards no request to a target: its default action and ${rules.length} other ` +
      `rules only redirect or return fixed responses, so there is nothing to authenticate.`;
    return finding(albAuthentication, resource, "not_applicable", reason, evidence);
  }
  const publicPriorities = publicRules.map(({ rule }) => rule.priority);
  const reason = passReason(subject, clausesOf("authenticated"), publicPriorities, publicPatterns);
  return finding(albAuthentication, resource, "pass", reason, evidence);
}

function passReason(
  subject: string,
  authenticated: string[],
  publicPriorities: string[],
  publicPatterns: string[],
): string {
  const sentences =
    authenticated.length > 0
      ? [`${subject} authenticates requests before each forward: ${authenticated.join("; ")}.`]
      : [`${subject} forwards requests only on public paths.`];

  if (publicPriorities.length > 0) {
    sentences.push(
      `Rules ${publicPriorities.join(", ")} forward without authentication because all their ` +
        `path patterns match --public-path (${publicPatterns.join(", ")}).`,
    );
  }
  return sentences.join(" ");
}

/** Names a rule by priority and conditions, e.g. `rule 10 (path-pattern /api/*)`. */
function describeRule(rule: ListenerRule): string {
  const conditions = rule.conditions.map(
    (condition) => `${condition.field ?? "(no field)"} ${condition.values.join(", ")}`,
  );
  return `rule ${rule.priority} (${conditions.join("; ") || "no conditions"})`;
}

function failReason(subject: string, failures: string[], protocol: string | undefined): string {
  // ALB runs authenticate actions on HTTPS listeners only, so an HTTP listener must redirect.
  if (protocol === "HTTP") {
    return (
      `${subject} forwards requests to targets without ALB authentication: ${failures.join("; ")}. ` +
      `ALB authenticate actions work only on HTTPS listeners, so make this HTTP listener redirect ` +
      `every request to HTTPS and authenticate on the HTTPS listener.`
    );
  }
  return (
    `${subject} forwards requests to targets without ALB authentication: ${failures.join("; ")}. ` +
    `Put an authenticate-oidc or authenticate-cognito action with OnUnauthenticatedRequest ` +
    `authenticate or deny before each forward, or pass the paths with --public-path if they ` +
    `are public by design. If the application authenticates requests itself, verify that by ` +
    `hand: the ELB API cannot show it, so this check does not pass on its own.`
  );
}
