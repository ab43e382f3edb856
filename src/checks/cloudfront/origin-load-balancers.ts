import type { Inventory } from "../../collect/inventory.js";

/** A load balancer of the inventory that a CloudFront origin may point at. */
export interface OriginLoadBalancer {
  name: string;
  arn: string;
  type: string;
  region: string;
}

/**
 * Indexes the load balancers of every region that was read by lower-case DNS name. Regions whose
 * listing failed are left out, so a miss only means the origin is not known to be a load balancer.
 */
export function loadBalancersByDnsName(inventory: Inventory): Map<string, OriginLoadBalancer> {
  const index = new Map<string, OriginLoadBalancer>();
  for (const [region, data] of Object.entries(inventory.parts.elbv2 ?? {})) {
    if (!data.ok) continue;
    for (const lb of data.value.loadBalancers) {
      index.set(lb.dnsName.toLowerCase(), { name: lb.name, arn: lb.arn, type: lb.type, region });
    }
  }
  return index;
}

/**
 * Finds the load balancer an origin domain names. Load balancer DNS names also resolve with a
 * `dualstack.` prefix, which origins often use to reach the load balancer over IPv6.
 */
export function findOriginLoadBalancer(
  index: Map<string, OriginLoadBalancer>,
  domainName: string,
): OriginLoadBalancer | undefined {
  const domain = domainName.toLowerCase().replace(/\.$/, "");
  return index.get(domain) ?? index.get(domain.replace(/^dualstack\./, ""));
}
