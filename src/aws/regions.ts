import type { ClientFactory } from "./clients.js";

/** Region for calls to global services: IAM, CloudFront, S3 account settings, STS. */
export const GLOBAL_REGION = "us-east-1";

/** Lists the regions enabled for the account (opt-in regions only when opted in), sorted. */
export async function enabledRegions(
  clients: ClientFactory,
  callRegion: string,
): Promise<string[]> {
  const { DescribeRegionsCommand } = await import("@aws-sdk/client-ec2");
  const client = await clients.ec2(callRegion);
  const response = await client.send(new DescribeRegionsCommand({ AllRegions: false }));

  const names = (response.Regions ?? [])
    .filter((region) => region.OptInStatus !== "not-opted-in")
    .map((region) => region.RegionName)
    .filter((name): name is string => name !== undefined && isRegionName(name));
  // An account always has enabled regions, so an empty list is a broken response, and auditing
  // no region at all would report every threat as not applicable.
  if (names.length === 0)
    throw new Error("DescribeRegions returned no enabled region of the aws partition");
  return names.sort();
}

/** Region names of the commercial `aws` partition, the only one supported. */
const REGION_PATTERN = /^[a-z]{2}-[a-z]+-\d$/;

/** Prefixes of regions in other partitions: China, GovCloud and the ISO partitions. */
const OTHER_PARTITION_PREFIXES = ["cn-", "us-gov-", "us-iso"];

export function isRegionName(value: string): boolean {
  return (
    REGION_PATTERN.test(value) &&
    !OTHER_PARTITION_PREFIXES.some((prefix) => value.startsWith(prefix))
  );
}
