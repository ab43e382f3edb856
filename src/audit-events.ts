import type { CallRecord } from "./aws/call-tracker.js";
import type { Check, Finding } from "./checks/check.js";
import type { CollectionError } from "./collect/collected.js";
import type { InventoryPart } from "./collect/inventory.js";

/** Progress of one collector run: one service in one region, or once for a global service. */
export interface CollectProgress {
  part: InventoryPart;
  label: string;
  /** The region collected, or `global`. */
  region: string;
  resources: number;
  calls: number;
  retries: number;
  throttles: number;
  durationMs: number;
  /** Set when the run's main listing failed; the part is then unknown for this region. */
  error?: CollectionError;
}

/** Events the engine emits while it runs, in the order they happen. */
export type AuditEvent =
  | { type: "collect-start"; part: InventoryPart; label: string; region: string }
  | { type: "collect-done"; progress: CollectProgress }
  | { type: "call"; call: CallRecord }
  | { type: "check-done"; check: Check; findings: Finding[] };

export type AuditListener = (event: AuditEvent) => void;
