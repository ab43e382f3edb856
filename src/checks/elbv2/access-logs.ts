import type { LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import { evaluateAlbAttributes } from "./application-load-balancers.js";
import { loadBalancerRef } from "./resources.js";

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
    return evaluateAlbAttributes(accessLogs, inventory, evaluateLoadBalancer);
  },
};

function evaluateLoadBalancer(
  loadBalancer: LoadBalancer,
  attributes: Record<string, string>,
  region: string,
): Finding {
  const resource = loadBalancerRef(loadBalancer, region);

  // A missing key means off: moto 5.2.1 returns none for a new load balancer.
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
