import type { AuditListener, CollectProgress } from "./audit-events.js";
import type { ClientFactory } from "./aws/clients.js";
import { toCollectionError } from "./aws/errors.js";
import { GLOBAL_REGION } from "./aws/regions.js";
import type { Check, Finding } from "./checks/check.js";
import { finding } from "./checks/finding.js";
import { DEFAULT_SETTINGS, type CheckSettings } from "./checks/settings.js";
import { COLLECTORS } from "./collect/catalog.js";
import { collected, failed, type Collected } from "./collect/collected.js";
import type { Collector, PartValue } from "./collect/collector.js";
import type { Inventory, InventoryPart, InventoryParts } from "./collect/inventory.js";

export interface LiveSource {
  kind: "live";
  clients: ClientFactory;
  accountId: string;
  regions: string[];
}

export interface OfflineSource {
  kind: "offline";
  inventory: Inventory;
}

export interface AuditRun {
  inventory: Inventory;
  findings: Finding[];
}

/**
 * Runs the audit: collects the inventory parts the checks need (or takes a saved inventory),
 * and evaluates each check as soon as all of its inputs are in, so findings stream to listeners.
 */
export async function runAudit(
  checks: readonly Check[],
  source: LiveSource | OfflineSource,
  listener: AuditListener = () => {},
  settings: CheckSettings = DEFAULT_SETTINGS,
): Promise<AuditRun> {
  const parts = requiredParts(checks);
  const inventory: Inventory =
    source.kind === "offline"
      ? source.inventory
      : {
          inventoryVersion: 1,
          collectedAt: new Date().toISOString(),
          accountId: source.accountId,
          regions: source.regions,
          parts: {},
        };

  const findings: Finding[] = [];
  const pending = new Set(checks);
  const evaluateReady = () => {
    for (const check of pending) {
      if (!check.inputs.every((part) => part in inventory.parts)) continue;
      pending.delete(check);
      const result = evaluateCheck(check, inventory, settings);
      findings.push(...result);
      listener({ type: "check-done", check, findings: result });
    }
  };

  if (source.kind === "offline") {
    evaluateReady();
  } else {
    // Each part is collected once; a part that another part needs is awaited through this map.
    const started = new Map<InventoryPart, Promise<void>>();
    const collectOnce = (part: InventoryPart): Promise<void> => {
      let promise = started.get(part);
      if (promise === undefined) {
        const collector = COLLECTORS[part] as Collector<InventoryPart>;
        promise = (async () => {
          await Promise.all((collector.needs ?? []).map(collectOnce));
          const value = await collectPart(collector, source, inventory.parts, listener);
          (inventory.parts as Record<string, unknown>)[part] = value;
          evaluateReady();
        })();
        started.set(part, promise);
      }
      return promise;
    };
    await Promise.all(parts.map(collectOnce));
  }

  // Checks whose inputs are missing from a saved inventory still report, as errors per input.
  for (const check of pending) {
    const result = evaluateCheck(check, inventory, settings);
    findings.push(...result);
    listener({ type: "check-done", check, findings: result });
  }
  return { inventory, findings };
}

/** The parts the checks read, plus the parts their collectors need first. */
export function requiredParts(checks: readonly Check[]): InventoryPart[] {
  const parts = new Set<InventoryPart>();
  const add = (part: InventoryPart): void => {
    if (parts.has(part)) return;
    parts.add(part);
    for (const needed of COLLECTORS[part].needs ?? []) add(needed);
  };
  for (const check of checks) check.inputs.forEach(add);
  return [...parts];
}

/** Evaluates one check; a check that throws is reported as one error finding, never fatal. */
function evaluateCheck(check: Check, inventory: Inventory, settings: CheckSettings): Finding[] {
  try {
    return check.evaluate(inventory, settings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const scope = {
      arn: `arn:aws:::${inventory.accountId}:*`,
      type: "AWS::Account",
      region: "global",
    };
    return [
      finding(
        check,
        scope,
        "error",
        `The check ${check.id} failed with an internal error (${message}); its resources were not judged. ` +
          "This is a bug in threat-audit (or a hand-edited inventory): please report it with the " +
          "message and, if you can share it, the inventory saved with --save-inventory.",
      ),
    ];
  }
}

async function collectPart(
  collector: Collector<InventoryPart>,
  source: LiveSource,
  parts: InventoryParts,
  listener: AuditListener,
): Promise<InventoryParts[InventoryPart]> {
  if (collector.scope === "global") {
    return collectRun(collector, source, parts, GLOBAL_REGION, "global", listener);
  }

  const byRegion: Record<string, Collected<unknown>> = {};
  await Promise.all(
    source.regions.map(async (region) => {
      byRegion[region] = await collectRun(collector, source, parts, region, region, listener);
    }),
  );
  // Keep the regions in the requested order so saved inventories and reports are stable.
  return Object.fromEntries(source.regions.map((region) => [region, byRegion[region]])) as never;
}

async function collectRun(
  collector: Collector<InventoryPart>,
  source: LiveSource,
  parts: InventoryParts,
  region: string,
  label: string,
  listener: AuditListener,
): Promise<never> {
  listener({ type: "collect-start", part: collector.part, label: collector.label, region: label });
  const started = performance.now();
  const before = source.clients.stats.snapshot(
    collector.service,
    collector.scope === "global" ? undefined : region,
  );

  let result: Collected<PartValue<InventoryPart>>;
  let resources = 0;
  try {
    const value = await collector.collect(
      { clients: source.clients, accountId: source.accountId, regions: source.regions, parts },
      region,
    );
    resources = collector.countResources(value);
    result = collected(value);
  } catch (error) {
    result = failed(
      toCollectionError(error, { service: collector.service, operation: "unknown", region }),
    );
  }

  const after = source.clients.stats.snapshot(
    collector.service,
    collector.scope === "global" ? undefined : region,
  );
  const progress: CollectProgress = {
    part: collector.part,
    label: collector.label,
    region: label,
    resources,
    calls: after.calls - before.calls,
    retries: after.retries - before.retries,
    throttles: after.throttles - before.throttles,
    durationMs: performance.now() - started,
  };
  if (!result.ok) progress.error = result.error;
  listener({ type: "collect-done", progress });
  return result as never;
}
