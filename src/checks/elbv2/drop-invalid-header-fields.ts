import type { Elbv2Region, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { elbv2Scope, LOAD_BALANCER_TYPE, loadBalancerRef } from "./resources.js";

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
    return evaluateRegions(
      dropInvalidHeaderFields,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, LOAD_BALANCER_TYPE),
      (region, data) => evaluateRegion(region, data, inventory.accountId),
    );
  },
};

function evaluateRegion(region: string, data: Elbv2Region, accountId: string): Finding[] {
  const albs = data.loadBalancers.filter((lb) => lb.type === "application");
  if (albs.length === 0) {
    const scope = elbv2Scope(region, accountId, LOAD_BALANCER_TYPE);
    return [notApplicable(dropInvalidHeaderFields, scope, "application load balancers")];
  }
  return albs.map((lb) => evaluateLoadBalancer(lb, region));
}

function evaluateLoadBalancer(loadBalancer: LoadBalancer, region: string): Finding {
  const resource = loadBalancerRef(loadBalancer, region);
  if (!loadBalancer.attributes.ok) {
    return errorFinding(dropInvalidHeaderFields, resource, loadBalancer.attributes.error);
  }

  // A missing key means false, the AWS default for a new load balancer.
  const value = loadBalancer.attributes.value[ATTRIBUTE];
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
