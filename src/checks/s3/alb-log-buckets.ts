import type { Inventory } from "../../collect/inventory.js";

/**
 * Maps each bucket that receives access logs of an application load balancer to those load
 * balancers' names. Only load balancers whose attributes were read are seen.
 */
export function albAccessLogBuckets(inventory: Inventory): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const region of inventory.regions) {
    const data = inventory.parts.elbv2?.[region];
    if (data === undefined || !data.ok) continue;

    for (const lb of data.value.loadBalancers) {
      if (lb.type !== "application" || !lb.attributes.ok) continue;
      const attributes = lb.attributes.value;
      const bucket = attributes["access_logs.s3.bucket"];
      if (attributes["access_logs.s3.enabled"] !== "true" || !bucket) continue;
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), lb.name]);
    }
  }
  return buckets;
}
