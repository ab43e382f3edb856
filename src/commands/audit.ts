import { writeFile } from "node:fs/promises";
import type { AuditListener } from "../audit-events.js";
import { runAudit, type AuditRun } from "../audit.js";
import { ClientFactory } from "../aws/clients.js";
import { resolveCredentials } from "../aws/credentials.js";
import { enabledRegions, GLOBAL_REGION } from "../aws/regions.js";
import { CHECKS } from "../checks/catalog.js";
import type { Finding } from "../checks/check.js";
import { loadInventory, saveInventory } from "../collect/inventory-file.js";
import { checkSettings, type AuditCommandOptions, type FailOn } from "../cli-options.js";
import type { CheckSettings } from "../checks/settings.js";
import { progressPrinter } from "../progress.js";
import { buildReport, SEVERITY_RANK } from "../report/build-report.js";
import type { AuditReport } from "../report/report-types.js";
import { renderText } from "../report/text.js";
import { BUILTIN_THREATS } from "../threats/builtin.js";
import { judgeThreat } from "../threats/verdict.js";
import { UserError } from "../user-error.js";
import { callerIdentity } from "./identity.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INCOMPLETE = 2;
export const EXIT_BUG = 3;

/** Runs an audit as the CLI's default command and returns the process exit code. */
export async function auditCommand(options: AuditCommandOptions, version: string): Promise<number> {
  validateCombination(options);
  const startedAt = new Date();
  const writeErr = (line: string) => process.stderr.write(line + "\n");
  const listener = progressPrinter(options.verbose === true, writeErr);

  const settings = checkSettings(options);
  const live =
    options.inventory === undefined ? await collectLive(options, settings, listener) : undefined;
  const run: AuditRun =
    live?.run ??
    (await runAudit(
      CHECKS,
      { kind: "offline", inventory: await loadInventory(options.inventory ?? "") },
      listener,
      settings,
    ));

  if (options.saveInventory !== undefined)
    await saveInventory(options.saveInventory, run.inventory);

  const knownChecks = new Set(CHECKS.map((check) => check.id));
  const verdicts = BUILTIN_THREATS.map((threat) => judgeThreat(threat, run.findings, knownChecks));
  const exitCode = exitCodeFor(run.findings, options.failOn);

  const report: AuditReport = buildReport({
    version,
    mode: live === undefined ? "offline" : "live",
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    failOn: options.failOn,
    exitCode,
    ...(live === undefined ? {} : { principalArn: live.principalArn }),
    inventory: run.inventory,
    checks: CHECKS,
    findings: run.findings,
    verdicts,
    callsByOperation: live?.callsByOperation ?? {},
  });

  if (options.json !== undefined) await writeReport(options.json, report);
  // NOTE: the interactive dashboard is not built yet, so a terminal gets the text report too.
  process.stdout.write(renderText(report));
  if (live !== undefined) {
    const calls = report.apiCalls;
    writeErr(
      `Audit finished in ${(report.run.durationMs / 1000).toFixed(1)} s with ${calls.total} AWS calls ` +
        `(${calls.retries} retries, ${calls.throttles} throttled, ${calls.errors} answered with an error).`,
    );
  }
  return exitCode;
}

async function collectLive(
  options: AuditCommandOptions,
  settings: CheckSettings,
  listener: AuditListener,
) {
  const callRegion =
    options.region[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? GLOBAL_REGION;
  const credentials = resolveCredentials({
    sessionName: options.sessionName,
    region: callRegion,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.roleArn === undefined ? {} : { roleArn: options.roleArn }),
    ...(options.externalId === undefined ? {} : { externalId: options.externalId }),
    ...(options.endpointUrl === undefined ? {} : { endpointUrl: options.endpointUrl }),
  });
  const clients = new ClientFactory({
    credentials,
    maxAttempts: options.maxAttempts,
    concurrency: options.concurrency,
    ...(options.endpointUrl === undefined ? {} : { endpointUrl: options.endpointUrl }),
    onCall: (call) => listener({ type: "call", call }),
  });

  try {
    const identity = await callerIdentity(clients, callRegion);
    const regions =
      options.region.length > 0 ? dedupe(options.region) : await listRegions(clients, callRegion);
    const run = await runAudit(
      CHECKS,
      { kind: "live", clients, accountId: identity.accountId, regions },
      listener,
      settings,
    );
    return { run, principalArn: identity.arn, callsByOperation: clients.stats.byOperation() };
  } finally {
    clients.destroy();
  }
}

async function listRegions(clients: ClientFactory, callRegion: string): Promise<string[]> {
  try {
    return await enabledRegions(clients, callRegion);
  } catch (error) {
    throw new UserError(
      `Could not list the account's enabled regions (ec2:DescribeRegions failed: ${(error as Error).message}).`,
      "Grant ec2:DescribeRegions to the audit role, or name the regions with --region.",
    );
  }
}

function validateCombination(options: AuditCommandOptions): void {
  if (options.externalId !== undefined && options.roleArn === undefined) {
    throw new UserError(
      "--external-id was given without --role-arn.",
      "Add --role-arn ARN of the role to assume.",
    );
  }
  if (options.inventory === undefined) return;

  const liveOnly = [
    ["--profile", options.profile],
    ["--role-arn", options.roleArn],
    ["--endpoint-url", options.endpointUrl],
    ["--save-inventory", options.saveInventory],
  ].filter(([, value]) => value !== undefined);
  if (options.region.length > 0) liveOnly.push(["--region", options.region.join(",")]);
  if (liveOnly.length > 0) {
    throw new UserError(
      `--inventory re-runs the checks offline, so ${liveOnly.map(([name]) => name).join(", ")} cannot be used with it.`,
      "Drop those options, or drop --inventory to audit the account live.",
    );
  }
}

/** 1 when a failing finding is at or above --fail-on; else 2 when any control could not be evaluated; else 0. */
export function exitCodeFor(findings: Finding[], failOn: FailOn): number {
  if (failOn !== "none") {
    const floor = SEVERITY_RANK[failOn];
    if (
      findings.some(
        (finding) => finding.status === "fail" && SEVERITY_RANK[finding.severity] >= floor,
      )
    ) {
      return EXIT_FINDINGS;
    }
  }
  if (findings.some((finding) => finding.status === "error")) return EXIT_INCOMPLETE;
  return EXIT_OK;
}

async function writeReport(path: string, report: AuditReport): Promise<void> {
  try {
    await writeFile(path, JSON.stringify(report, null, 2) + "\n", "utf8");
  } catch (error) {
    throw new UserError(
      `Could not write the JSON report to ${path}: ${(error as Error).message}.`,
      "Choose a path in a writable folder for --json.",
    );
  }
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
