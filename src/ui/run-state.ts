import type { AuditEvent } from "../audit-events.js";
import type { InventoryPart } from "../collect/inventory.js";
import type { AuditReport } from "../report/report-types.js";

/** Call counts of one collector run, or of the whole audit. */
export interface CallTally {
  calls: number;
  retries: number;
  throttles: number;
  errors: number;
}

/** One collector run (one service in one region, or once for a global service) as shown live. */
export interface CollectorRow {
  /** `<part>/<region>`, unique within an audit. */
  key: string;
  label: string;
  /** The AWS service the collector mainly calls, as in IAM actions, e.g. `rds`. */
  service: string;
  /** The region collected, or `global`. */
  region: string;
  state: "running" | "done" | "failed";
  /** Resources found; known only when the run is done. */
  resources: number;
  /**
   * Calls made so far. While the run is going this is the service's call count in the region
   * since the run started, which is also how the engine counts a finished run. So two collectors
   * of one service running in one region at once both count each other's calls.
   */
  tally: CallTally;
  startedAtMs: number;
  durationMs: number;
  /** IAM action and error code of a failed run's main listing. */
  failure?: string;
}

/** Immutable snapshot of the run state: what the dashboard shows at one moment. */
export interface RunSnapshot {
  phase: "collecting" | "finished";
  /** Collector runs in the order they started. */
  rows: readonly CollectorRow[];
  checksDone: number;
  checksTotal: number;
  /** Failing findings among the checks done so far. */
  failingFindings: number;
  calls: CallTally;
  startedAtMs: number;
  report?: AuditReport;
}

export interface RunStateOptions {
  /** Checks the audit evaluates, for "N of M checks". */
  checksTotal: number;
  /** The AWS service a collector part mainly calls (`wafv2` for `wafv2Cloudfront`), for live call counts. */
  serviceOf: (part: InventoryPart) => string;
  /** Longest time an event waits before listeners see it. Default 50 ms. */
  batchMs?: number;
  now?: () => number;
}

type Listener = () => void;

const EMPTY_TALLY: CallTally = { calls: 0, retries: 0, throttles: 0, errors: 0 };

/**
 * The audit's run state, fed by engine events. Events update it at once, but listeners are
 * notified at most once per batch interval, so a burst of thousands of calls costs one render.
 * It never calls AWS.
 */
export class RunStateStore {
  private readonly options: Required<RunStateOptions>;
  private readonly rows = new Map<string, CollectorRow>();
  /** Calls by `<service>/<region>`, and by `<service>/*` over every region. */
  private readonly callsByScope = new Map<string, CallTally>();
  /** Service tallies at the moment each running row started, by row key. */
  private readonly baselines = new Map<string, CallTally>();
  private readonly listeners = new Set<Listener>();
  private calls: CallTally = { ...EMPTY_TALLY };
  private checksDone = 0;
  private failingFindings = 0;
  private report: AuditReport | undefined;
  private readonly startedAtMs: number;
  private snapshot: RunSnapshot;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(options: RunStateOptions) {
    this.options = { batchMs: 50, now: () => Date.now(), ...options };
    this.startedAtMs = this.options.now();
    this.snapshot = this.buildSnapshot();
  }

  /** The engine's listener. */
  readonly apply = (event: AuditEvent): void => {
    switch (event.type) {
      case "collect-start":
        this.startRow(event.part, event.label, event.region);
        break;
      case "collect-done":
        this.finishRow(event.progress);
        break;
      case "call":
        this.countCall(event.call);
        break;
      case "check-done":
        this.checksDone += 1;
        this.failingFindings += event.findings.filter((item) => item.status === "fail").length;
        break;
    }
    this.scheduleFlush();
  };

  /** Switches to the finished phase and notifies listeners at once. */
  finish(report: AuditReport): void {
    this.report = report;
    this.flush();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RunSnapshot => this.snapshot;

  /** Stops the pending batch timer; later events are still applied but no listener is notified. */
  dispose(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.listeners.clear();
  }

  private startRow(part: InventoryPart, label: string, region: string): void {
    const key = `${part}/${region}`;
    const service = this.options.serviceOf(part);
    this.baselines.set(key, { ...this.tallyOf(service, region) });
    this.rows.set(key, {
      key,
      label,
      service,
      region,
      state: "running",
      resources: 0,
      tally: { ...EMPTY_TALLY },
      startedAtMs: this.options.now(),
      durationMs: 0,
    });
  }

  private finishRow(progress: Extract<AuditEvent, { type: "collect-done" }>["progress"]): void {
    const key = `${progress.part}/${progress.region}`;
    const started = this.rows.get(key);
    const live = started === undefined ? undefined : this.withLiveTally(started);
    this.baselines.delete(key);

    const row: CollectorRow = {
      key,
      label: progress.label,
      service: started?.service ?? this.options.serviceOf(progress.part),
      region: progress.region,
      state: progress.error === undefined ? "done" : "failed",
      resources: progress.resources,
      tally: {
        calls: progress.calls,
        retries: progress.retries,
        throttles: progress.throttles,
        errors: live?.tally.errors ?? 0,
      },
      startedAtMs: started?.startedAtMs ?? this.options.now() - progress.durationMs,
      durationMs: progress.durationMs,
    };
    if (progress.error !== undefined) {
      row.failure = `${progress.error.code} on ${progress.error.action}`;
    }
    this.rows.set(key, row);
  }

  private countCall(call: Extract<AuditEvent, { type: "call" }>["call"]): void {
    const failed = call.errorCode === undefined ? 0 : 1;
    const add = (tally: CallTally) => {
      tally.calls += 1;
      tally.retries += Math.max(0, call.attempts - 1);
      tally.throttles += call.throttles;
      tally.errors += failed;
    };

    add(this.calls);
    add(this.scopeTally(`${call.service}/${call.region}`));
    add(this.scopeTally(`${call.service}/*`));
  }

  private scopeTally(scope: string): CallTally {
    let tally = this.callsByScope.get(scope);
    if (tally === undefined) {
      tally = { ...EMPTY_TALLY };
      this.callsByScope.set(scope, tally);
    }
    return tally;
  }

  /** A global collector's calls may go to any region (S3 reads each bucket in its own). */
  private tallyOf(service: string, region: string): CallTally {
    const scope = region === "global" ? `${service}/*` : `${service}/${region}`;
    return this.callsByScope.get(scope) ?? EMPTY_TALLY;
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => this.flush(), this.options.batchMs);
  }

  private flush(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): RunSnapshot {
    const snapshot: RunSnapshot = {
      phase: this.report === undefined ? "collecting" : "finished",
      rows: [...this.rows.values()].map((row) => this.withLiveTally(row)),
      checksDone: this.checksDone,
      checksTotal: this.options.checksTotal,
      failingFindings: this.failingFindings,
      calls: { ...this.calls },
      startedAtMs: this.startedAtMs,
    };
    if (this.report !== undefined) snapshot.report = this.report;
    return snapshot;
  }

  private withLiveTally(row: CollectorRow): CollectorRow {
    const baseline = this.baselines.get(row.key);
    if (row.state !== "running" || baseline === undefined) return row;

    const current = this.tallyOf(row.service, row.region);
    return {
      ...row,
      tally: {
        calls: current.calls - baseline.calls,
        retries: current.retries - baseline.retries,
        throttles: current.throttles - baseline.throttles,
        errors: current.errors - baseline.errors,
      },
    };
  }
}
