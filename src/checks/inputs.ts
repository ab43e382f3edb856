import type { Collected } from "../collect/collected.js";
import type { ByRegion, Inventory, InventoryPart } from "../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "./check.js";
import { errorFinding, finding } from "./finding.js";

/** Builds the `error` finding for a scope whose inventory part was not collected at all. */
export function notCollected(check: Check, scope: ResourceRef, part: InventoryPart): Finding {
  const reason =
    `Could not verify ${scope.name ?? scope.arn}: the inventory holds no ${part} data for ` +
    `${scope.region}, so ${check.id} cannot be judged there. The inventory was saved without ` +
    `that data (by an older version, or for other regions): collect a new inventory that covers ` +
    `${scope.region} with --save-inventory.`;
  return finding(check, scope, "error", reason, { MissingInventoryPart: part });
}

/**
 * Evaluates a regional part region by region: `evaluateRegion` gets each audited region whose
 * listing was read, and every other region (part not collected, region missing, listing failed)
 * yields one `error` finding for the scope that `scopeOf` names.
 */
export function evaluateRegions<T>(
  check: Check,
  inventory: Inventory,
  part: InventoryPart,
  byRegion: ByRegion<T> | undefined,
  scopeOf: (region: string) => ResourceRef,
  evaluateRegion: (region: string, data: T) => Finding[],
): Finding[] {
  return inventory.regions.flatMap((region) => {
    const data = byRegion?.[region];
    if (data === undefined) return [notCollected(check, scopeOf(region), part)];
    if (!data.ok) return [errorFinding(check, scopeOf(region), data.error)];
    return evaluateRegion(region, data.value);
  });
}

/**
 * Returns the value of a global part, or the `error` finding for `scope` when the part was not
 * collected or its listing failed.
 */
export function readGlobalPart<T>(
  check: Check,
  part: InventoryPart,
  value: Collected<T> | undefined,
  scope: ResourceRef,
): { ok: true; value: T } | { ok: false; finding: Finding } {
  if (value === undefined) return { ok: false, finding: notCollected(check, scope, part) };
  if (!value.ok) return { ok: false, finding: errorFinding(check, scope, value.error) };
  return { ok: true, value: value.value };
}
