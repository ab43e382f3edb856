import type { AuditRun } from "../audit.js";
import { diffBaseline } from "../baseline/diff.js";
import { assertSameAccount, loadBaseline, type BaselineReport } from "../baseline/load.js";
import type { Finding } from "../checks/check.js";
import { CHECKS } from "../checks/catalog.js";
import type { AuditCommandOptions } from "../cli-options.js";
import type { ReportInput } from "../report/build-report.js";
import { applySuppressions } from "../suppressions/apply.js";
import { auditClock } from "../suppressions/clock.js";
import type { SuppressionFile } from "../suppressions/entry.js";
import { loadSuppressionFile } from "../suppressions/load.js";
import { UserError } from "../user-error.js";
import { exitCodeFor } from "./exit-code.js";

/** The suppression file, the baseline and the clock, read before the audit so errors come first. */
export interface CiInputs {
  suppressionFile: SuppressionFile | undefined;
  baseline: BaselineReport | undefined;
  now: Date;
}

/**
 * Reads the suppression file, the baseline report and `THREAT_AUDIT_NOW`.
 *
 * @throws UserError when `--fail-on-new` lacks `--baseline`, or either file is unreadable or invalid.
 */
export async function loadCiInputs(options: AuditCommandOptions): Promise<CiInputs> {
  if (options.failOnNew === true && options.baseline === undefined) {
    throw new UserError(
      "--fail-on-new gates on findings that are new since a baseline, but no --baseline was given.",
      "Add --baseline FILE with the JSON report of an earlier run, or drop --fail-on-new.",
    );
  }

  const knownControls = new Set(CHECKS.map((check) => check.id));
  return {
    suppressionFile: await loadSuppressionFile(options.suppressions, knownControls),
    baseline: options.baseline === undefined ? undefined : await loadBaseline(options.baseline),
    now: auditClock(),
  };
}

/** What the suppressions and the baseline change in an audit's outcome. */
export interface CiOutcome {
  /** Findings the threat verdicts judge: every finding except suppressed failures. */
  judgedFindings: Finding[];
  exitCode: number;
  /** Fields for `buildReport`. */
  reportInput: Pick<ReportInput, "failOnError" | "failOnNew" | "suppressions" | "baseline">;
}

/**
 * Applies the suppression file to the run's findings, compares them with the baseline, and
 * computes the exit code.
 *
 * @throws UserError when the baseline audited another account.
 */
export function evaluateCiInputs(
  inputs: CiInputs,
  run: AuditRun,
  options: AuditCommandOptions,
): CiOutcome {
  const suppressions =
    inputs.suppressionFile === undefined
      ? undefined
      : applySuppressions(run.findings, inputs.suppressionFile, inputs.now);
  const suppressedIds = new Set(suppressions?.byFindingId.keys() ?? []);

  if (inputs.baseline !== undefined) assertSameAccount(inputs.baseline, run.inventory.accountId);
  const baseline =
    inputs.baseline === undefined
      ? undefined
      : diffBaseline(inputs.baseline, {
          findings: run.findings,
          regions: run.inventory.regions,
          suppressedIds,
        });

  const failOnNew = options.failOnNew === true;
  const exitCode = exitCodeFor(
    run.findings,
    {
      failOn: options.failOn,
      failOnError: options.failOnError,
      ...(failOnNew && baseline !== undefined
        ? { newFindingIds: new Set(baseline.new.map((entry) => entry.id)) }
        : {}),
    },
    suppressedIds,
  );

  return {
    judgedFindings: run.findings.filter((finding) => !suppressedIds.has(finding.id)),
    exitCode,
    reportInput: {
      failOnError: options.failOnError,
      failOnNew,
      ...(suppressions === undefined ? {} : { suppressions }),
      ...(baseline === undefined ? {} : { baseline }),
    },
  };
}
