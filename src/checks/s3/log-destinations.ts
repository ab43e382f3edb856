import type { CollectionError } from "../../collect/collected.js";
import type { Inventory, S3Bucket } from "../../collect/inventory.js";

/** The buckets that receive logs from AWS services, and the log sources that could not be read. */
export interface LogDestinations {
  /** Bucket name to the sources writing into it, e.g. `access logs of load balancer web in eu-west-1`. */
  sources: Map<string, string[]>;
  /** Sources that could not be read: any bucket missing from `sources` may still receive their logs. */
  unknown: UnknownLogSource[];
}

export interface UnknownLogSource {
  /** The unread source, e.g. `the attributes of load balancer web in eu-west-1`. */
  description: string;
  /** The failed call; absent when the inventory part was not collected at all. */
  error?: CollectionError;
}

/** Load balancer attribute prefixes of the logs ELB writes to S3 (`<prefix>.s3.enabled`, `.bucket`). */
const LOAD_BALANCER_LOG_KINDS = ["access_logs", "connection_logs"];

/**
 * Finds the buckets that are targets of S3 server access logging, load balancer logs, CloudFront
 * standard logging or CloudTrail trails.
 * NOTE: only the audited regions are searched, so a load balancer or single-region trail in another
 * region, or a log source in another account, that writes into a bucket is not seen.
 */
export function findLogDestinations(inventory: Inventory, buckets: S3Bucket[]): LogDestinations {
  const destinations: LogDestinations = { sources: new Map(), unknown: [] };

  addServerAccessLogTargets(destinations, buckets);
  addLoadBalancerLogBuckets(destinations, inventory);
  addDistributionLogBuckets(destinations, inventory);
  addTrailBuckets(destinations, inventory);

  return destinations;
}

function addServerAccessLogTargets(destinations: LogDestinations, buckets: S3Bucket[]): void {
  for (const bucket of buckets) {
    if (!bucket.logging.ok) {
      const description = `the server access logging of bucket ${bucket.name}`;
      destinations.unknown.push({ description, error: bucket.logging.error });
    } else if (bucket.logging.value !== null) {
      addSource(
        destinations,
        bucket.logging.value.targetBucket,
        `server access logs of bucket ${bucket.name}`,
      );
    }
  }
}

function addLoadBalancerLogBuckets(destinations: LogDestinations, inventory: Inventory): void {
  const byRegion = inventory.parts.elbv2;
  for (const region of inventory.regions) {
    const data = byRegion?.[region];
    if (data === undefined) {
      destinations.unknown.push({ description: `the load balancers of ${region} (not collected)` });
      continue;
    }
    if (!data.ok) {
      destinations.unknown.push({
        description: `the load balancers of ${region}`,
        error: data.error,
      });
      continue;
    }

    for (const lb of data.value.loadBalancers) {
      if (!lb.attributes.ok) {
        const description = `the attributes of load balancer ${lb.name} in ${region}`;
        destinations.unknown.push({ description, error: lb.attributes.error });
        continue;
      }
      for (const kind of LOAD_BALANCER_LOG_KINDS) {
        const bucket = lb.attributes.value[`${kind}.s3.bucket`];
        if (lb.attributes.value[`${kind}.s3.enabled`] === "true" && bucket) {
          const source = `${kind.replace("_", " ")} of load balancer ${lb.name} in ${region}`;
          addSource(destinations, bucket, source);
        }
      }
    }
  }
}

function addDistributionLogBuckets(destinations: LogDestinations, inventory: Inventory): void {
  const distributions = inventory.parts.cloudfront;
  if (distributions === undefined) {
    destinations.unknown.push({ description: "the CloudFront distributions (not collected)" });
    return;
  }
  if (!distributions.ok) {
    destinations.unknown.push({
      description: "the CloudFront distributions",
      error: distributions.error,
    });
    return;
  }

  for (const distribution of distributions.value) {
    if (!distribution.config.ok) {
      const description = `the configuration of CloudFront distribution ${distribution.id}`;
      destinations.unknown.push({ description, error: distribution.config.error });
      continue;
    }
    const logging = distribution.config.value.logging;
    if (logging.enabled && logging.bucket) {
      const source = `standard logs of CloudFront distribution ${distribution.id}`;
      addSource(destinations, bucketNameFromDomain(logging.bucket), source);
    }
  }
}

function addTrailBuckets(destinations: LogDestinations, inventory: Inventory): void {
  const cloudtrail = inventory.parts.cloudtrail;
  if (cloudtrail === undefined) {
    destinations.unknown.push({ description: "the CloudTrail trails (not collected)" });
    return;
  }
  if (!cloudtrail.ok) {
    destinations.unknown.push({ description: "the CloudTrail trails", error: cloudtrail.error });
    return;
  }

  for (const [region, trailArns] of Object.entries(cloudtrail.value.trailArnsByRegion)) {
    if (!trailArns.ok) {
      destinations.unknown.push({
        description: `the CloudTrail trails of ${region}`,
        error: trailArns.error,
      });
    }
  }
  for (const trail of cloudtrail.value.trails) {
    if (trail.s3BucketName) {
      addSource(destinations, trail.s3BucketName, `logs of CloudTrail trail ${trail.name}`);
    }
  }
}

/**
 * Returns the bucket name of a CloudFront logging bucket, which the distribution config stores as
 * the bucket's domain (`NAME.s3.amazonaws.com`, or `NAME.s3.REGION.amazonaws.com`).
 */
export function bucketNameFromDomain(domain: string): string {
  const match = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(domain.toLowerCase());
  return match?.[1] ?? domain;
}

function addSource(destinations: LogDestinations, bucket: string, source: string): void {
  const sources = destinations.sources.get(bucket) ?? [];
  sources.push(source);
  destinations.sources.set(bucket, sources);
}
