import type { CollectionError } from "../../collect/collected.js";
import type { Inventory } from "../../collect/inventory.js";

export interface AlbLogBuckets {
  /** Bucket name to the application load balancers that write access logs into it. */
  buckets: Map<string, string[]>;
  /** Failed reads of load balancers or their attributes: any bucket may receive their logs. */
  unknown: CollectionError[];
}

/** Finds the buckets that receive access logs of an application load balancer. */
export function albAccessLogBuckets(inventory: Inventory): AlbLogBuckets {
  const result: AlbLogBuckets = { buckets: new Map(), unknown: [] };
  for (const region of inventory.regions) {
    const data = inventory.parts.elbv2?.[region];
    if (data === undefined) continue;
    if (!data.ok) {
      result.unknown.push(data.error);
      continue;
    }

    for (const lb of data.value.loadBalancers) {
      if (lb.type !== "application") continue;
      if (!lb.attributes.ok) {
        result.unknown.push(lb.attributes.error);
        continue;
      }
      const attributes = lb.attributes.value;
      const bucket = attributes["access_logs.s3.bucket"];
      if (attributes["access_logs.s3.enabled"] !== "true" || !bucket) continue;
      result.buckets.set(bucket, [...(result.buckets.get(bucket) ?? []), lb.name]);
    }
  }
  return result;
}
