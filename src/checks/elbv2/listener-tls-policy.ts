import type { Collected } from "../../collect/collected.js";
import type { Elbv2Region, Listener, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import {
  elbv2Scope,
  LISTENER_TYPE,
  listenerLabel,
  listenerRef,
  loadBalancerRef,
} from "./resources.js";

type SslPolicies = Collected<Record<string, string[]>>;

/**
 * Every HTTPS listener of an application load balancer and every TLS listener of a network load
 * balancer uses an SSL policy that allows only TLSv1.2 and newer protocols.
 */
export const listenerTlsPolicy: Check = {
  id: "elbv2.listener-tls-policy",
  title: "HTTPS and TLS listeners allow only TLS 1.2 or newer",
  severity: "high",
  references: { cwe: ["CWE-326", "CWE-319"], asvs: ["V9.1.3"], securityHub: ["ELB.17"] },
  inputs: ["elbv2"],
  remediation:
    "Set the listener's security policy to one that allows only TLSv1.2 and TLSv1.3, such as " +
    "ELBSecurityPolicy-TLS13-1-2-2021-06 (aws elbv2 modify-listener --ssl-policy).",

  evaluate(inventory) {
    return evaluateRegions(
      listenerTlsPolicy,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, LISTENER_TYPE),
      (region, data) => evaluateRegion(region, data, inventory.accountId),
    );
  },
};

function evaluateRegion(region: string, data: Elbv2Region, accountId: string): Finding[] {
  const findings = data.loadBalancers.flatMap((lb) =>
    evaluateLoadBalancer(lb, region, data.sslPolicies),
  );
  if (findings.length > 0) return findings;

  const scope = elbv2Scope(region, accountId, LISTENER_TYPE);
  return [notApplicable(listenerTlsPolicy, scope, "HTTPS or TLS listeners")];
}

function evaluateLoadBalancer(
  loadBalancer: LoadBalancer,
  region: string,
  sslPolicies: SslPolicies,
): Finding[] {
  if (loadBalancer.type === "gateway") return [];
  if (!loadBalancer.listeners.ok) {
    const resource = loadBalancerRef(loadBalancer, region);
    return [errorFinding(listenerTlsPolicy, resource, loadBalancer.listeners.error)];
  }

  // Only these listeners negotiate TLS. moto 5.2.1 also reports an SslPolicy on plain
  // HTTP listeners, where AWS returns none, so the protocol decides, not the field.
  const terminatingProtocol = loadBalancer.type === "application" ? "HTTPS" : "TLS";
  return loadBalancer.listeners.value
    .filter((listener) => listener.protocol === terminatingProtocol)
    .map((listener) => evaluateListener(listener, loadBalancer, region, sslPolicies));
}

function evaluateListener(
  listener: Listener,
  loadBalancer: LoadBalancer,
  region: string,
  sslPolicies: SslPolicies,
): Finding {
  const resource = listenerRef(listener, loadBalancer, region);
  const subject = `Listener ${listenerLabel(listener)} of load balancer ${loadBalancer.name}`;
  const evidence: Record<string, unknown> = {
    LoadBalancer: loadBalancer.name,
    Port: listener.port,
    Protocol: listener.protocol,
    SslPolicy: listener.sslPolicy,
  };

  const policyName = listener.sslPolicy;
  if (policyName === undefined) {
    const reason =
      `${subject} was returned without an SslPolicy, so the TLS versions it accepts are unknown. ` +
      `Inspect it with aws elbv2 describe-listeners --listener-arns ${listener.arn}.`;
    return finding(listenerTlsPolicy, resource, "error", reason, evidence);
  }
  if (!sslPolicies.ok) {
    return { ...errorFinding(listenerTlsPolicy, resource, sslPolicies.error), evidence };
  }

  const protocols = sslPolicies.value[policyName];
  if (protocols === undefined || protocols.length === 0) {
    const reason =
      `${subject} uses SSL policy ${policyName}, which DescribeSSLPolicies did not return with any ` +
      `protocols in ${region}, so the TLS versions it accepts are unknown. Check the policy with ` +
      `aws elbv2 describe-ssl-policies --names ${policyName}.`;
    return finding(listenerTlsPolicy, resource, "error", reason, evidence);
  }

  evidence.SslProtocols = protocols;
  const outdated = protocols.filter((protocol) => !isTls12OrNewer(protocol));
  if (outdated.length > 0) {
    const reason =
      `${subject} uses SSL policy ${policyName}, which allows ${outdated.join(", ")}. Switch the ` +
      `listener to a policy that allows only TLSv1.2 and TLSv1.3, such as ` +
      `ELBSecurityPolicy-TLS13-1-2-2021-06.`;
    return finding(listenerTlsPolicy, resource, "fail", reason, evidence);
  }

  const reason = `${subject} uses SSL policy ${policyName}, which allows only ${protocols.join(", ")}.`;
  return finding(listenerTlsPolicy, resource, "pass", reason, evidence);
}

/** Tells whether a protocol name as DescribeSSLPolicies spells it (`TLSv1.2`) is TLS 1.2 or newer. */
function isTls12OrNewer(protocol: string): boolean {
  const match = /^TLSv1\.(\d+)$/.exec(protocol);
  return match?.[1] !== undefined && Number(match[1]) >= 2;
}
