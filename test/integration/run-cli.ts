import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emulatorEnvironment } from "../../src/emulator/environment.js";
import type { AuditReport, ReportFinding } from "../../src/report/report-types.js";

export const REGION = "eu-west-1";
const BIN = join(process.cwd(), "dist", "bin.js");

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process with the emulator's environment (fake credentials). */
export function runCli(
  args: string[],
  endpointUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run npm run build before the integration tests.`);

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...emulatorEnvironment(endpointUrl, REGION), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** Audits the emulator in `REGION` and returns the CLI result with its parsed JSON report. */
export async function auditEmulator(
  endpointUrl: string,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult & { report: AuditReport; reportPath: string }> {
  const reportPath = join(mkdtempSync(join(tmpdir(), "threat-audit-it-")), "report.json");
  const args = [
    "--endpoint-url",
    endpointUrl,
    "--region",
    REGION,
    "--no-tui",
    "--json",
    reportPath,
  ];
  const result = await runCli([...args, ...extraArgs], endpointUrl, env);
  if (!existsSync(reportPath)) {
    throw new Error(`The CLI wrote no report (exit ${result.exitCode}). stderr:\n${result.stderr}`);
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as AuditReport;
  return { ...result, report, reportPath };
}

/** Statuses of a control's findings, excluding not-applicable scopes, sorted. */
export function statusesOf(report: AuditReport, controlId: string): ReportFinding["status"][] {
  return report.findings
    .filter((finding) => finding.controlId === controlId && finding.status !== "not_applicable")
    .map((finding) => finding.status)
    .sort();
}

export function threatStatus(report: AuditReport, threatId: string): string | undefined {
  return report.threats.find((threat) => threat.id === threatId)?.status;
}
