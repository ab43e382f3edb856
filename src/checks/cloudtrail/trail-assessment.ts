import type { CollectionError } from "../../collect/collected.js";
import type { Trail, TrailEventSelectors } from "../../collect/inventory.js";

/** Shortfalls of one trail against the control, as far as they could be read. */
export interface TrailAssessment {
  trail: Trail;
  /** Phrases completing "the trail ...", e.g. `is not multi-region`. */
  gaps: string[];
  /** Reads that failed. Each could hide a gap. */
  unknowns: CollectionError[];
}

/** Compares a trail against the control: multi-region, logging, validated, all management events. */
export function assessTrail(trail: Trail): TrailAssessment {
  const gaps: string[] = [];
  const unknowns: CollectionError[] = [];

  if (!trail.isMultiRegion) gaps.push("is not multi-region");
  if (!trail.logFileValidation) gaps.push("has log file validation disabled");

  if (!trail.status.ok) unknowns.push(trail.status.error);
  else if (!trail.status.value.isLogging) gaps.push("is not logging");

  if (!trail.eventSelectors.ok) unknowns.push(trail.eventSelectors.error);
  else {
    const gap = managementEventGap(trail.eventSelectors.value);
    if (gap !== undefined) gaps.push(gap);
  }

  return { trail, gaps, unknowns };
}

/**
 * Says how the selectors fall short of recording read and write management events, or returns
 * undefined when they do not. A trail whose selector lists are both empty records no events.
 * NOTE: an advanced selector counts when it selects management events at all, because the
 * inventory does not keep its readOnly field.
 */
function managementEventGap(selectors: TrailEventSelectors): string | undefined {
  if (selectors.advancedEventSelectors.some((selector) => selector.selectsManagementEvents)) {
    return undefined;
  }

  const readWriteTypes = new Set(
    selectors.eventSelectors
      .filter((selector) => selector.includeManagementEvents === true)
      .map((selector) => selector.readWriteType ?? "unspecified"),
  );
  const readsAndWrites =
    readWriteTypes.has("All") ||
    (readWriteTypes.has("ReadOnly") && readWriteTypes.has("WriteOnly"));
  if (readsAndWrites) return undefined;

  if (readWriteTypes.size === 0) return "records no management events";
  return `records only ${[...readWriteTypes].join(" and ")} management events, not All`;
}

/** Returns the fields the verdict rests on, named as DescribeTrails and GetTrailStatus name them. */
export function trailEvidence(trail: Trail): Record<string, unknown> {
  return {
    TrailARN: trail.arn,
    HomeRegion: trail.homeRegion,
    IsMultiRegionTrail: trail.isMultiRegion,
    IsOrganizationTrail: trail.isOrganizationTrail,
    LogFileValidationEnabled: trail.logFileValidation,
    IsLogging: trail.status.ok ? trail.status.value.isLogging : "unknown",
    EventSelectors: trail.eventSelectors.ok ? trail.eventSelectors.value.eventSelectors : "unknown",
    AdvancedEventSelectors: trail.eventSelectors.ok
      ? trail.eventSelectors.value.advancedEventSelectors
      : "unknown",
  };
}
