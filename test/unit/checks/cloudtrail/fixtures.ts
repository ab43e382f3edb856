import type { Collected } from "../../../../src/collect/collected.js";
import type {
  CloudTrailInventory,
  Inventory,
  Trail,
  TrailEventSelectors,
} from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, inventoryWith, ok, REGION } from "../inventory-fixture.js";

/** Classic selectors recording read and write management events. */
export const ALL_MANAGEMENT_EVENTS: TrailEventSelectors = {
  eventSelectors: [{ readWriteType: "All", includeManagementEvents: true }],
  advancedEventSelectors: [],
};

/**
 * Builds a multi-region trail of the audited account that is logging, validates its log files and
 * records all management events.
 */
export function trail(overrides: Partial<Trail> = {}): Trail {
  const name = overrides.name ?? "example-trail";
  const homeRegion = overrides.homeRegion ?? REGION;
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:${ACCOUNT_ID}:trail/${name}`,
    name,
    homeRegion,
    isMultiRegion: true,
    isOrganizationTrail: false,
    logFileValidation: true,
    s3BucketName: "example-trail-bucket",
    status: ok({ isLogging: true }),
    eventSelectors: ok(ALL_MANAGEMENT_EVENTS),
    ...overrides,
  };
}

/** Builds an inventory whose DescribeTrails listing in each audited region returned every trail. */
export function cloudTrailInventory(trails: Trail[], regions: string[] = [REGION]): Inventory {
  const arns = ok(trails.map((candidate) => candidate.arn));
  const trailArnsByRegion = Object.fromEntries(regions.map((region) => [region, arns]));
  return cloudTrailInventoryOf(ok({ trailArnsByRegion, trails }), regions);
}

export function cloudTrailInventoryOf(
  part: Collected<CloudTrailInventory>,
  regions: string[] = [REGION],
): Inventory {
  return inventoryWith({ cloudtrail: part }, regions);
}
