import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedReferenceDeployment } from "../demo/seed/index.js";
import { emulatorEnvironment } from "../emulator/environment.js";
import { startMotoServer } from "../emulator/index.js";
import type { AuditReport } from "../report/report-types.js";
import { findRepeatedCalls } from "./repeated-calls.js";

// The SDK warns once per process under Node.js 20 that its 2027 releases need Node.js 22; the
// demo's own seeding clients would print it in the middle of the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const REGION = "eu-west-1";
const BIN = fileURLToPath(new URL("../bin.js", import.meta.url));
const RSS_PRELOAD = fileURLToPath(new URL("./report-rss.js", import.meta.url));

interface RunMeasure {
  wallMs: number;
  peakRssKiB: number;
  report: AuditReport;
}

/**
 * Benchmarks a full audit of the seeded reference account on the local emulator: wall time of
 * the CLI process (Node.js start-up included), peak RSS, AWS calls by operation, repeated calls.
 */
async function bench(runs: number): Promise<void> {
  const moto = await startMotoServer();
  try {
    await seedReferenceDeployment(moto.url, { variant: "insecure", region: REGION });
    const folder = mkdtempSync(join(tmpdir(), "threat-audit-bench-"));

    await measureRun(moto.url, folder, 0); // warm-up: file system caches and the emulator's lazy imports
    const measures: RunMeasure[] = [];
    for (let run = 1; run <= runs; run += 1) measures.push(await measureRun(moto.url, folder, run));

    const repeated = await findRepeatedCalls(moto.url, [REGION]);
    printSummary(measures, repeated);
  } finally {
    await moto.stop();
  }
}

async function measureRun(endpointUrl: string, folder: string, run: number): Promise<RunMeasure> {
  const reportPath = join(folder, `report-${run}.json`);
  const rssPath = join(folder, `rss-${run}.txt`);
  const env = { ...emulatorEnvironment(endpointUrl, REGION), THREAT_AUDIT_RSS_FILE: rssPath };
  const args = ["--import", RSS_PRELOAD, BIN, "--endpoint-url", endpointUrl, "--region", REGION];
  args.push("--no-tui", "--json", reportPath);

  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 3));
  });
  const wallMs = performance.now() - started;
  if (exitCode > 1)
    throw new Error(`Benchmark run ${run} exited with ${exitCode}: the audit did not complete.`);

  return {
    wallMs,
    peakRssKiB: Number(readFileSync(rssPath, "utf8")),
    report: JSON.parse(readFileSync(reportPath, "utf8")) as AuditReport,
  };
}

function printSummary(measures: RunMeasure[], repeated: string[]): void {
  const walls = measures.map((measure) => measure.wallMs);
  const rss = measures.map((measure) => measure.peakRssKiB / 1024);
  const last = measures.at(-1)?.report;
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`,
    `Runs: ${measures.length} (after one warm-up run)`,
    `Wall time: median ${median(walls).toFixed(0)} ms, min ${Math.min(...walls).toFixed(0)} ms, max ${Math.max(...walls).toFixed(0)} ms`,
    `Peak RSS: median ${median(rss).toFixed(0)} MiB`,
    `AWS calls per audit: ${last?.apiCalls.total ?? 0}`,
  ];
  for (const [operation, counts] of Object.entries(last?.apiCalls.byOperation ?? {})) {
    lines.push(`  ${operation.padEnd(48)} ${counts.calls}`);
  }
  lines.push(
    repeated.length === 0 ? "Repeated calls: none" : `Repeated calls (${repeated.length}):`,
  );
  for (const line of repeated) lines.push(`  ${line}`);
  process.stdout.write(lines.join("\n") + "\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function parseRuns(args: string[]): number {
  if (args.length === 0) return 5;
  const runs = Number(args[0] === "--runs" ? args[1] : Number.NaN);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
    throw new Error(`Invalid arguments "${args.join(" ")}": use --runs N with N from 1 to 100.`);
  }
  return runs;
}

await bench(parseRuns(process.argv.slice(2)));
