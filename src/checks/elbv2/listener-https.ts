import type { Elbv2Region, Listener, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { describeAction, describeUnsafeAction, isSafeOnHttp } from "./actions.js";
import {
  elbv2Scope,
  LISTENER_TYPE,
  listenerLabel,
  listenerRef,
  loadBalancerRef,
} from "./resources.js";

/**
 * Every listener of an application load balancer is HTTPS, or is HTTP and every action of its
 * default rule and other rules is a redirect to HTTPS or a fixed response.
 */
export const listenerHttps: Check = {
  id: "elbv2.listener-https",
  title: "ALB listeners use HTTPS or only redirect HTTP to HTTPS",
  severity: "high",
  references: { cwe: ["CWE-319"], asvs: ["V9.1.1"], securityHub: ["ELB.1"] },
  inputs: ["elbv2"],
  remediation:
    "Serve the application from an HTTPS listener, and give every HTTP listener a default action " +
    "of type redirect with protocol HTTPS, port 443 and status code HTTP_301 and no forwarding rules " +
    "(aws elbv2 modify-listener --default-actions).",

  evaluate(inventory) {
    return evaluateRegions(
      listenerHttps,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, LISTENER_TYPE),
      (region, data) => evaluateRegion(region, data, inventory.accountId),
    );
  },
};

function evaluateRegion(region: string, data: Elbv2Region, accountId: string): Finding[] {
  const applicationLoadBalancers = data.loadBalancers.filter((lb) => lb.type === "application");
  if (applicationLoadBalancers.length === 0) {
    const scope = elbv2Scope(region, accountId, LISTENER_TYPE);
    return [notApplicable(listenerHttps, scope, "application load balancers")];
  }
  return applicationLoadBalancers.flatMap((lb) => evaluateLoadBalancer(lb, region));
}

function evaluateLoadBalancer(loadBalancer: LoadBalancer, region: string): Finding[] {
  const resource = loadBalancerRef(loadBalancer, region);
  if (!loadBalancer.listeners.ok) {
    return [errorFinding(listenerHttps, resource, loadBalancer.listeners.error)];
  }

  const listeners = loadBalancer.listeners.value;
  if (listeners.length === 0) {
    const reason = `Load balancer ${loadBalancer.name} has no listeners, so it accepts no traffic.`;
    return [finding(listenerHttps, resource, "not_applicable", reason)];
  }
  return listeners.map((listener) => evaluateListener(listener, loadBalancer, region));
}

function evaluateListener(listener: Listener, loadBalancer: LoadBalancer, region: string): Finding {
  const resource = listenerRef(listener, loadBalancer, region);
  const subject = `Listener ${listenerLabel(listener)} of load balancer ${loadBalancer.name}`;
  const evidence: Record<string, unknown> = {
    LoadBalancer: loadBalancer.name,
    Port: listener.port,
    Protocol: listener.protocol,
    DefaultActions: listener.defaultActions.map(describeAction),
  };

  if (listener.protocol === "HTTPS") {
    return finding(listenerHttps, resource, "pass", `${subject} uses HTTPS.`, evidence);
  }
  if (listener.protocol !== "HTTP" || listener.defaultActions.length === 0) {
    const reason =
      `${subject} was returned with protocol ${listener.protocol ?? "(none)"} and ` +
      `${listener.defaultActions.length} default actions, so whether it sends traffic unencrypted ` +
      `is unknown. Inspect it with aws elbv2 describe-listeners --listener-arns ${listener.arn}.`;
    return finding(listenerHttps, resource, "error", reason, evidence);
  }

  const unsafe = listener.defaultActions
    .filter((action) => !isSafeOnHttp(action))
    .map((action) => `the default action is ${describeUnsafeAction(action)}`);

  if (!listener.rules.ok) {
    if (unsafe.length > 0) {
      const reason = `${failReason(subject, unsafe)} Its other rules could not be read.`;
      return finding(listenerHttps, resource, "fail", reason, evidence);
    }
    return { ...errorFinding(listenerHttps, resource, listener.rules.error), evidence };
  }

  const rules = listener.rules.value.filter((rule) => !rule.isDefault);
  evidence.Rules = rules.map((rule) => ({
    Priority: rule.priority,
    Actions: rule.actions.map(describeAction),
  }));
  for (const rule of rules) {
    for (const action of rule.actions.filter((candidate) => !isSafeOnHttp(candidate))) {
      unsafe.push(`rule ${rule.priority} has ${describeUnsafeAction(action)}`);
    }
  }

  if (unsafe.length > 0) {
    return finding(listenerHttps, resource, "fail", failReason(subject, unsafe), evidence);
  }
  const reason =
    `${subject} uses plain HTTP but only redirects to HTTPS or returns fixed responses ` +
    `(its default actions and ${rules.length} other rules), so no request reaches a target unencrypted.`;
  return finding(listenerHttps, resource, "pass", reason, evidence);
}

function failReason(subject: string, unsafe: string[]): string {
  return (
    `${subject} serves plain HTTP without upgrading to HTTPS: ${unsafe.join("; ")}. Change these actions to a ` +
    `redirect with protocol HTTPS or a fixed response, and serve the application from an HTTPS listener.`
  );
}
