import { collected, failed, type CollectionError } from "../../../src/collect/collected.js";
import type { Inventory, InventoryParts } from "../../../src/collect/inventory.js";

export const ACCOUNT_ID = "111122223333";
export const REGION = "eu-west-1";

/** Builds an inventory of one account and region holding only `parts`. */
export function inventoryWith(parts: InventoryParts, regions: string[] = [REGION]): Inventory {
  return {
    inventoryVersion: 1,
    collectedAt: "2026-01-01T00:00:00.000Z",
    accountId: ACCOUNT_ID,
    regions,
    parts,
  };
}

/** Wraps a value as read successfully. */
export const ok = collected;

/** A failed read: AccessDenied on `action` (e.g. `rds:DescribeDBParameters`) in `region`. */
export function denied(action: string, region: string = REGION) {
  const [service = "", operation = ""] = action.split(":");
  const error: CollectionError = {
    kind: "access_denied",
    service,
    operation,
    region,
    action,
    code: "AccessDenied",
    message: `User is not authorized to perform: ${action}`,
  };
  return failed(error);
}
