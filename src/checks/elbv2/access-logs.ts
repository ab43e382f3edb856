import type { Elbv2Region, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { elbv2Scope, LOAD_BALANCER_TYPE, loadBalancerRef } from "./resources.js";

/** Every application load balancer writes access logs to S3 (`access_logs.s3.enabled` is `true`). */
export const accessLogs: Check = {
  id: "elbv2.access-logs",
  title: "ALBs write access logs to S3",
  severity: "medium",
  references: { cwe: ["CWE-778"], asvs: [], securityHub: ["ELB.5"] },
  inputs: ["elbv2"],
  remediation:
    "Turn on access logs with a target S3 bucket (aws elbv2 modify-load-balancer-attributes " +
    "--attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET).",

  evaluate(inventory) {
    return evaluateRegions(
      accessLogs,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, LOAD_BALANCER_TYPE),
      (region, data) => evaluateRegion(region, data, inventory.accountId),
    );
  },
};

function evaluateRegion(region: string, data: Elbv2Region, accountId: string): Finding[] {
  const applicationLoadBalancers = data.loadBalancers.filter((lb) => lb.type === "application");
  if (applicationLoadBalancers.length === 0) {
    const scope = elbv2Scope(region, accountId, LOAD_BALANCER_TYPE);
    return [notApplicable(accessLogs, scope, "application load balancers")];
  }
  return applicationLoadBalancers.map((lb) => evaluateLoadBalancer(lb, region));
}

function evaluateLoadBalancer(loadBalancer: LoadBalancer, region: string): Finding {
  const resource = loadBalancerRef(loadBalancer, region);
  if (!loadBalancer.attributes.ok) {
    return errorFinding(accessLogs, resource, loadBalancer.attributes.error);
  }

  // A missing key means off: moto 5.2.1 returns none for a new load balancer.
  const attributes = loadBalancer.attributes.value;
  const enabled = attributes["access_logs.s3.enabled"];
  const bucket = attributes["access_logs.s3.bucket"];
  const evidence: Record<string, unknown> = {
    "access_logs.s3.enabled": enabled ?? null,
    "access_logs.s3.bucket": bucket ?? null,
    "access_logs.s3.prefix": attributes["access_logs.s3.prefix"] ?? null,
  };

  if (enabled === "true") {
    const reason = `Load balancer ${loadBalancer.name} writes access logs to bucket ${bucket ?? "(none named)"}.`;
    return finding(accessLogs, resource, "pass", reason, evidence);
  }
  const reason =
    `Load balancer ${loadBalancer.name} does not write access logs: attribute ` +
    `access_logs.s3.enabled is ${enabled === undefined ? "absent" : `"${enabled}"`}. Set it to ` +
    `true and name a target bucket in access_logs.s3.bucket.`;
  return finding(accessLogs, resource, "fail", reason, evidence);
}
