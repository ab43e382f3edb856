import type { Elbv2Region, LoadBalancer, TargetGroup } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { elbv2Scope, TARGET_GROUP_TYPE, targetGroupRef } from "./resources.js";

/** Every target group attached to an application load balancer uses protocol HTTPS. */
export const targetGroupHttps: Check = {
  id: "elbv2.target-group-https",
  title: "ALB target groups use HTTPS to the targets",
  severity: "high",
  references: { cwe: ["CWE-319"], asvs: ["V9.2.2"], securityHub: [] },
  inputs: ["elbv2"],
  remediation:
    "Create a target group with protocol HTTPS, serve TLS on the targets, and point the listener " +
    "rules at the new group (a target group's protocol cannot be changed in place).",

  evaluate(inventory) {
    return evaluateRegions(
      targetGroupHttps,
      inventory,
      "elbv2",
      inventory.parts.elbv2,
      (region) => elbv2Scope(region, inventory.accountId, TARGET_GROUP_TYPE),
      (region, data) => evaluateRegion(region, data, inventory.accountId),
    );
  },
};

function evaluateRegion(region: string, data: Elbv2Region, accountId: string): Finding[] {
  const scope = elbv2Scope(region, accountId, TARGET_GROUP_TYPE);
  if (!data.targetGroups.ok)
    return [errorFinding(targetGroupHttps, scope, data.targetGroups.error)];

  const applicationArns = new Set(
    data.loadBalancers.filter((lb) => lb.type === "application").map((lb) => lb.arn),
  );
  const groups = data.targetGroups.value.filter(
    (group) =>
      group.targetType === "alb" || group.loadBalancerArns.some((arn) => applicationArns.has(arn)),
  );
  if (groups.length === 0) {
    return [notApplicable(targetGroupHttps, scope, "target groups of application load balancers")];
  }
  return groups.map((group) => evaluateTargetGroup(group, region, data.loadBalancers));
}

function evaluateTargetGroup(
  group: TargetGroup,
  region: string,
  loadBalancers: LoadBalancer[],
): Finding {
  const resource = targetGroupRef(group, region);
  const names = loadBalancerNames(group, loadBalancers);
  const evidence: Record<string, unknown> = {
    TargetGroup: group.name,
    TargetType: group.targetType,
    Protocol: group.protocol,
    Port: group.port,
    LoadBalancers: names,
  };

  if (group.targetType === "lambda") {
    const reason =
      `Target group ${group.name} has Lambda function targets, which the load balancer invokes ` +
      `through the Lambda API rather than over a network connection, so it has no protocol to judge.`;
    return finding(targetGroupHttps, resource, "not_applicable", reason, evidence);
  }
  if (group.targetType === "alb") {
    const reason =
      `Target group ${group.name} passes TCP from load balancer ${names.join(", ")} through to an ` +
      `application load balancer, which terminates the connection itself, so that load balancer's ` +
      `own listeners and target groups are judged instead.`;
    return finding(targetGroupHttps, resource, "not_applicable", reason, evidence);
  }
  if (group.protocol === "GENEVE") {
    const reason =
      `Target group ${group.name} uses GENEVE to send packets to virtual appliances of a gateway ` +
      `load balancer, so HTTPS does not apply.`;
    return finding(targetGroupHttps, resource, "not_applicable", reason, evidence);
  }
  if (group.protocol === undefined) {
    const reason =
      `Target group ${group.name} (target type ${group.targetType}) was returned without a ` +
      `protocol, so how load balancer ${names.join(", ")} reaches its targets is unknown. Check it ` +
      `with aws elbv2 describe-target-groups --target-group-arns ${group.arn}.`;
    return finding(targetGroupHttps, resource, "error", reason, evidence);
  }
  if (group.protocol !== "HTTPS") {
    const reason =
      `Target group ${group.name} receives traffic from load balancer ${names.join(", ")} over ` +
      `${group.protocol} on port ${group.port ?? "(none)"}, so requests travel unencrypted from the ` +
      `load balancer to the targets. Create a target group with protocol HTTPS and move the ` +
      `listener rules to it.`;
    return finding(targetGroupHttps, resource, "fail", reason, evidence);
  }

  const reason =
    `Target group ${group.name} receives traffic from load balancer ${names.join(", ")} over ` +
    `HTTPS on port ${group.port ?? "(none)"}.`;
  return finding(targetGroupHttps, resource, "pass", reason, evidence);
}

/** Names the load balancers a target group is attached to, falling back to their ARNs. */
function loadBalancerNames(group: TargetGroup, loadBalancers: LoadBalancer[]): string[] {
  return group.loadBalancerArns.map(
    (arn) => loadBalancers.find((lb) => lb.arn === arn)?.name ?? arn,
  );
}
