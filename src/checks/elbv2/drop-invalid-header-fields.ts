import type { LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import { evaluateAlbAttributes } from "./application-load-balancers.js";
import { loadBalancerRef } from "./resources.js";

const ATTRIBUTE = "routing.http.drop_invalid_header_fields.enabled";

/**
 * Every application load balancer drops HTTP headers whose names are not valid
 * (`routing.http.drop_invalid_header_fields.enabled` is `true`) instead of passing them to targets.
 */
export const dropInvalidHeaderFields: Check = {
  id: "elbv2.drop-invalid-header-fields",
  title: "ALBs drop invalid HTTP header fields",
  severity: "medium",
  references: { cwe: ["CWE-20"], asvs: [], securityHub: ["ELB.4"] },
  inputs: ["elbv2"],
  remediation:
    "Turn on dropping of invalid header fields (aws elbv2 modify-load-balancer-attributes " +
    `--attributes Key=${ATTRIBUTE},Value=true).`,

  evaluate(inventory) {
    return evaluateAlbAttributes(dropInvalidHeaderFields, inventory, evaluateLoadBalancer);
  },
};

function evaluateLoadBalancer(
  loadBalancer: LoadBalancer,
  attributes: Record<string, string>,
  region: string,
): Finding {
  const resource = loadBalancerRef(loadBalancer, region);

  // A missing key means false, the AWS default for a new load balancer.
  const value = attributes[ATTRIBUTE];
  const evidence = { [ATTRIBUTE]: value ?? null };
  if (value === "true") {
    const reason = `Load balancer ${loadBalancer.name} drops header fields with invalid names (${ATTRIBUTE} is "true").`;
    return finding(dropInvalidHeaderFields, resource, "pass", reason, evidence);
  }

  const reason =
    `Load balancer ${loadBalancer.name} passes header fields with invalid names to its targets: ` +
    `attribute ${ATTRIBUTE} is ${value === undefined ? "absent (false by default)" : `"${value}"`}. ` +
    `Set it to true so that malformed headers cannot reach the application.`;
  return finding(dropInvalidHeaderFields, resource, "fail", reason, evidence);
}
