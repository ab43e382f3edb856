import type { CallRecord } from "./call-tracker.js";
import type { ServiceName } from "./read-operations.js";

export interface CallCounts {
  calls: number;
  retries: number;
  throttles: number;
  errors: number;
}

/** Running totals of the AWS calls made, by service, region and operation. */
export class CallStats {
  private readonly byKey = new Map<string, CallCounts>();

  record(call: CallRecord): void {
    const key = `${call.service}\t${call.region}\t${call.operation}`;
    const counts = this.byKey.get(key) ?? { calls: 0, retries: 0, throttles: 0, errors: 0 };
    counts.calls += 1;
    counts.retries += Math.max(0, call.attempts - 1);
    counts.throttles += call.throttles;
    if (call.errorCode !== undefined) counts.errors += 1;
    this.byKey.set(key, counts);
  }

  /** Totals for one service, in one region or in all regions. */
  snapshot(service: ServiceName, region?: string): CallCounts {
    const total = { calls: 0, retries: 0, throttles: 0, errors: 0 };
    for (const [key, counts] of this.byKey) {
      const [keyService, keyRegion] = key.split("\t");
      if (keyService !== service || (region !== undefined && keyRegion !== region)) continue;
      addTo(total, counts);
    }
    return total;
  }

  /** Totals by `service:Operation` across regions, sorted by key. */
  byOperation(): Record<string, CallCounts> {
    const result: Record<string, CallCounts> = {};
    for (const [key, counts] of this.byKey) {
      const [service, , operation] = key.split("\t");
      const name = `${service}:${operation}`;
      result[name] ??= { calls: 0, retries: 0, throttles: 0, errors: 0 };
      addTo(result[name], counts);
    }
    return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): CallCounts {
    const total = { calls: 0, retries: 0, throttles: 0, errors: 0 };
    for (const counts of this.byKey.values()) addTo(total, counts);
    return total;
  }
}

function addTo(total: CallCounts, counts: CallCounts): void {
  total.calls += counts.calls;
  total.retries += counts.retries;
  total.throttles += counts.throttles;
  total.errors += counts.errors;
}
