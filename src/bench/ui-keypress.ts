import "../ui/production-mode.js";
import { render } from "ink";
import { EventEmitter } from "node:events";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { createElement } from "react";
import type { AuditReport, ReportFinding, ReportThreat } from "../report/report-types.js";
import { Dashboard } from "../ui/Dashboard.js";
import { RunStateStore } from "../ui/run-state.js";

/**
 * Benchmarks the dashboard's keypress-to-frame time. The script renders the finished report
 * browser with synthetic findings into an in-memory terminal and sends keys one at a time. For
 * each key it measures the time from writing the key to stdin until Ink writes the next frame to
 * stdout. Ink, React and the layout run as in a real terminal; only the terminal is simulated.
 */

const ACCOUNT = "123456789012";

/** Pause after each frame before the next key, just over Ink's default 30 frames per second. */
const DEFAULT_PAUSE_MS = 40;

const KEY = { pageDown: "\u001B[6~", pageUp: "\u001B[5~", escape: "\u001B" } as const;

/** An in-memory TTY that records when each frame is written. */
class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  lastWriteAt = 0;
  writes = 0;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }

  write(_data: string): boolean {
    this.writes += 1;
    this.lastWriteAt = performance.now();
    this.emit("frame");
    return true;
  }
}

/** An in-memory TTY stdin in raw mode, read the way Ink reads a real one. */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;

  type(data: string): void {
    this.pending = data;
    this.emit("readable");
  }

  read(): string | null {
    const data = this.pending;
    this.pending = null;
    return data;
  }

  setRawMode(): this {
    return this;
  }

  setEncoding(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  resume(): this {
    return this;
  }

  pause(): this {
    return this;
  }
}

/** Builds a report whose threat T001 has `count` findings, a third of them failing. */
function syntheticReport(count: number): AuditReport {
  const findings: ReportFinding[] = [];
  for (let index = 0; index < count; index += 1) {
    const arn = `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:db-${String(index).padStart(5, "0")}`;
    findings.push({
      id: `rds.tls-required:${arn}`,
      controlId: "rds.tls-required",
      threats: ["T001"],
      status: index % 3 === 0 ? "fail" : "pass",
      severity: (["critical", "high", "medium", "low"] as const)[index % 4] ?? "high",
      resource: { arn, type: "AWS::RDS::DBCluster", region: "eu-west-1" },
      reason: `The cluster ${arn} accepts connections without TLS: rds.force_ssl is 0.`,
      evidence: { "DBClusterParameterGroup.rds.force_ssl": "0" },
      remediation: "Set rds.force_ssl to 1 in the cluster parameter group.",
      references: { cwe: ["CWE-319"], asvs: ["9.2.2"], securityHub: ["RDS.35"] },
    });
  }

  const threats: ReportThreat[] = Array.from({ length: 10 }, (_, index) => ({
    id: `T${String(index + 1).padStart(3, "0")}`,
    title: `Synthetic threat ${index + 1}`,
    severity: "high",
    status: index === 0 ? "open" : "mitigated",
    summary: "",
    stride: [],
    affectedComponents: [],
    references: [],
    recommendedActions: "",
    controls: [],
  }));

  const failing = findings.filter((finding) => finding.status === "fail").length;
  return {
    reportVersion: 1,
    tool: { name: "threat-audit", version: "bench" },
    run: {
      mode: "offline",
      startedAt: new Date(0).toISOString(),
      inventoryCollectedAt: new Date(0).toISOString(),
      durationMs: 1000,
      failOn: "high",
      exitCode: 1,
    },
    identity: { accountId: ACCOUNT },
    regions: ["eu-west-1"],
    apiCalls: { total: 0, retries: 0, throttles: 0, errors: 0, byOperation: {} },
    summary: {
      threats: { open: 1, unverified: 0, mitigated: 9, not_applicable: 0 },
      findings: { fail: failing, pass: count - failing, error: 0, manual: 0, not_applicable: 0 },
      failuresBySeverity: { critical: 0, high: failing, medium: 0, low: 0, info: 0 },
    },
    threats,
    findings,
    errors: [],
  };
}

/** A key to send and the kind of work it causes, for the per-kind figures. */
interface BenchKey {
  key: string;
  kind: "move" | "page" | "jump" | "filter";
}

/**
 * Returns `count` keys for the findings pane of T001, each of which changes the frame. They move
 * through the list, page, jump to both ends, toggle failing-only, cycle the severity floor, and
 * type and clear a filter, which filters all findings again on each key.
 */
function keySequence(count: number): BenchKey[] {
  const keys = (kind: BenchKey["kind"], ...list: string[]) => list.map((key) => ({ key, kind }));
  const round: BenchKey[] = [
    ...keys("move", ...Array<string>(40).fill("j"), ...Array<string>(10).fill("k")),
    ...keys("page", ...Array<string>(8).fill(KEY.pageDown), ...Array<string>(4).fill(KEY.pageUp)),
    ...keys("jump", "G", "g"),
    ...keys("filter", "f", "f", "s", "s", "/", "d", "b", "-", "0", "1", KEY.escape),
  ];
  return Array.from({ length: count }, (_, index) => round[index % round.length] ?? round[0]!);
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the time of the next frame written after now, or undefined after `timeoutMs`. */
function nextFrame(stdout: FakeStdout, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stdout.off("frame", onFrame);
      resolve(undefined);
    }, timeoutMs);
    const onFrame = () => {
      clearTimeout(timer);
      stdout.off("frame", onFrame);
      resolve(stdout.lastWriteAt);
    };
    stdout.on("frame", onFrame);
  });
}

async function bench(options: {
  findings: number;
  keys: number;
  columns: number;
  rows: number;
  pauseMs: number;
}): Promise<void> {
  const stdout = new FakeStdout(options.columns, options.rows);
  const stdin = new FakeStdin();
  const store = new RunStateStore({ checksTotal: 0, serviceOf: (part) => part });
  const report = syntheticReport(options.findings);
  store.finish(report);

  const mountedAt = performance.now();
  const instance = render(
    createElement(Dashboard, {
      store,
      colors: true,
      exportReport: () => Promise.resolve("not written in the benchmark"),
      onInterrupt: () => undefined,
    }),
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const firstFrameMs = performance.now() - mountedAt;
  await sleep(200);

  stdin.type("\r");
  await sleep(200);

  const timings: number[] = [];
  const timingsByKind = new Map<BenchKey["kind"], number[]>();
  let missed = 0;
  const cpuBefore = process.cpuUsage();
  for (const { key, kind } of keySequence(options.keys)) {
    const frame = nextFrame(stdout, 1000);
    const sentAt = performance.now();
    stdin.type(key);
    const shownAt = await frame;
    if (shownAt === undefined) {
      missed += 1;
    } else {
      timings.push(shownAt - sentAt);
      timingsByKind.set(kind, [...(timingsByKind.get(kind) ?? []), shownAt - sentAt]);
    }
    await sleep(options.pauseMs);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerKeyMs = (cpu.user + cpu.system) / 1000 / options.keys;
  instance.unmount();

  const sorted = [...timings].sort((a, b) => a - b);
  const cpuModel = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Dashboard keypress-to-frame benchmark (${new Date().toISOString()})`);
  console.log(
    `Machine: ${cpuModel}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `Node.js ${process.version}`,
  );
  console.log(
    `Report: ${options.findings} findings under one threat; terminal ${options.columns}x${options.rows}; ` +
      `${options.keys} keys, ${options.pauseMs} ms pause after each frame`,
  );
  console.log(`First frame: ${firstFrameMs.toFixed(1)} ms`);
  console.log(
    `Keypress to frame: median ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms` +
      (missed > 0 ? `; ${missed} keys drew no frame within 1 s` : ""),
  );
  console.log(`CPU time per key (Node.js process, user and system): ${cpuPerKeyMs.toFixed(1)} ms`);
  for (const [kind, kindTimings] of timingsByKind) {
    const kindSorted = [...kindTimings].sort((a, b) => a - b);
    console.log(
      `  ${kind}: ${kindSorted.length} keys, median ${percentile(kindSorted, 0.5).toFixed(1)} ms, ` +
        `p95 ${percentile(kindSorted, 0.95).toFixed(1)} ms`,
    );
  }
}

const { values } = parseArgs({
  options: {
    findings: { type: "string", default: "10000" },
    keys: { type: "string", default: "200" },
    columns: { type: "string", default: "120" },
    rows: { type: "string", default: "40" },
    pause: { type: "string", default: String(DEFAULT_PAUSE_MS) },
  },
});

await bench({
  findings: Number(values.findings),
  keys: Number(values.keys),
  columns: Number(values.columns),
  rows: Number(values.rows),
  pauseMs: Number(values.pause),
});
