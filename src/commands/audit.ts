import type { AuditListener } from "../audit-events.js";
import { runAudit, type AuditRun } from "../audit.js";
import { ClientFactory } from "../aws/clients.js";
import { resolveCredentials } from "../aws/credentials.js";
import { enabledRegions, GLOBAL_REGION } from "../aws/regions.js";
import { CHECKS } from "../checks/catalog.js";
import type { Check } from "../checks/check.js";
import { loadInventory, saveInventory } from "../collect/inventory-file.js";
import { checkSettings, type AuditCommandOptions } from "../cli-options.js";
import type { CheckSettings } from "../checks/settings.js";
import { buildReport } from "../report/build-report.js";
import { writeOutputs } from "../report/outputs.js";
import { assertWritableOutputs } from "../report/preflight.js";
import type { AuditReport } from "../report/report-types.js";
import { loadThreats, printWarnings } from "../threats/load-threats.js";
import type { MappedModel } from "../threats/mapping/map-threats.js";
import { judgeThreat } from "../threats/verdict.js";
import { UserError } from "../user-error.js";
import { evaluateCiInputs, loadCiInputs } from "./ci-inputs.js";
import { callerIdentity } from "./identity.js";
import { selectPresenter, type Presenter } from "./presenter.js";

/**
 * The checks the threat model's controls name. Only these are collected, reported and gated, so
 * a model about one application neither calls nor fails on controls it does not map.
 */
function checksOfModel(model: MappedModel): Check[] {
  const controls = new Set(model.threats.flatMap((threat) => threat.controls));
  return CHECKS.filter((check) => controls.has(check.id));
}

/** Runs an audit as the CLI's default command and returns the process exit code. */
export async function auditCommand(options: AuditCommandOptions, version: string): Promise<number> {
  // The threat model is read first, so its errors and warnings print before the dashboard starts.
  const threatModel = await loadThreats(options, CHECKS);
  printWarnings(threatModel);
  const presenter = await selectPresenter(options);
  try {
    return await presentAudit(options, version, presenter, threatModel);
  } catch (error) {
    // The dashboard keeps the terminal in raw mode, so it releases it before the error is printed.
    await presenter.close();
    throw error;
  }
}

async function presentAudit(
  options: AuditCommandOptions,
  version: string,
  presenter: Presenter,
  threatModel: MappedModel,
): Promise<number> {
  validateCombination(options);
  await assertWritableOutputs(
    {
      "--json": options.json,
      "--sarif": options.sarif,
      "--junit": options.junit,
      "--markdown": options.markdown,
      "--save-inventory": options.saveInventory,
    },
    options.inventory,
  );
  const ciInputs = await loadCiInputs(options);
  const startedAt = new Date();
  const listener = presenter.listener;

  const settings = checkSettings(options);
  const checks = checksOfModel(threatModel);
  const live =
    options.inventory === undefined
      ? await collectLive(options, checks, settings, listener)
      : undefined;
  const run: AuditRun =
    live?.run ??
    (await runAudit(
      checks,
      { kind: "offline", inventory: await loadInventory(options.inventory ?? "") },
      listener,
      settings,
    ));

  if (options.saveInventory !== undefined)
    await saveInventory(options.saveInventory, run.inventory);

  const knownChecks = new Set(CHECKS.map((check) => check.id));
  // Suppressed failures stay in the report but no longer open a threat or fail the gate; a
  // threat with one is unverified rather than mitigated.
  const ci = evaluateCiInputs(ciInputs, run, options);
  const judged = new Set(ci.judgedFindings);
  const accepted = run.findings.filter(
    (finding) => finding.status === "fail" && !judged.has(finding),
  );
  const verdicts = threatModel.threats.map((threat) =>
    judgeThreat(threat, ci.judgedFindings, knownChecks, accepted),
  );
  const exitCode = ci.exitCode;

  const report: AuditReport = buildReport({
    version,
    mode: live === undefined ? "offline" : "live",
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    failOn: options.failOn,
    exitCode,
    ...(live === undefined ? {} : { principalArn: live.principalArn }),
    inventory: run.inventory,
    checks,
    findings: run.findings,
    verdicts,
    callsByOperation: live?.callsByOperation ?? {},
    ...ci.reportInput,
  });

  await writeOutputs(report, options);
  await presenter.finish(report);
  return exitCode;
}

async function collectLive(
  options: AuditCommandOptions,
  checks: readonly Check[],
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
    const identity = await callerIdentity(clients, callRegion, options.profile);
    const regions =
      options.region.length > 0 ? dedupe(options.region) : await listRegions(clients, callRegion);
    const run = await runAudit(
      checks,
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

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
