import type { Listener, LoadBalancer, TargetGroup } from "../../collect/inventory.js";
import type { ResourceRef } from "../check.js";
import { regionScope } from "../finding.js";

export const LOAD_BALANCER_TYPE = "AWS::ElasticLoadBalancingV2::LoadBalancer";
export const LISTENER_TYPE = "AWS::ElasticLoadBalancingV2::Listener";
export const TARGET_GROUP_TYPE = "AWS::ElasticLoadBalancingV2::TargetGroup";

/** Builds the scope of all Elastic Load Balancing resources of `type` in one region. */
export function elbv2Scope(region: string, accountId: string, type: string): ResourceRef {
  return regionScope("elasticloadbalancing", region, accountId, type);
}

export function loadBalancerRef(loadBalancer: LoadBalancer, region: string): ResourceRef {
  return { arn: loadBalancer.arn, type: LOAD_BALANCER_TYPE, region, name: loadBalancer.name };
}

export function listenerRef(
  listener: Listener,
  loadBalancer: LoadBalancer,
  region: string,
): ResourceRef {
  const name = `${loadBalancer.name} ${listenerLabel(listener)}`;
  return { arn: listener.arn, type: LISTENER_TYPE, region, name };
}

export function targetGroupRef(group: TargetGroup, region: string): ResourceRef {
  return { arn: group.arn, type: TARGET_GROUP_TYPE, region, name: group.name };
}

/** Formats a listener as the console shows it, e.g. `HTTPS:443`. */
export function listenerLabel(listener: Listener): string {
  return `${listener.protocol ?? "(no protocol)"}:${listener.port ?? "(no port)"}`;
}

/**
 * Returns the name part of a target group ARN
 * (`arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID`), or the ARN itself.
 */
export function targetGroupName(arn: string): string {
  const parts = arn.split("/");
  return parts.length >= 3 && parts[1] !== undefined ? parts[1] : arn;
}
