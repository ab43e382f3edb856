import type { Finding } from "../checks/check.js";
import type { ReportBaseline, ReportBaselineFinding } from "../report/report-types.js";
import type { BaselineReport } from "./load.js";

export interface CurrentRun {
  findings: readonly Finding[];
  /** Regions this run audited. */
  regions: readonly string[];
  /** Ids of failing findings an unexpired suppression entry accepted. */
  suppressedIds: ReadonlySet<string>;
}

/**
 * Compares failing findings by id (`<control id>:<resource ARN>`, stable across runs). A finding
 * failing in the baseline counts as fixed only when this run judged it again and it passed, was
 * not applicable, or is gone while its control ran in its region. When this run could not judge
 * it (an error, a manual finding, a region or control not covered), it is unverified, because an
 * unknown is never a fix.
 */
export function diffBaseline(baseline: BaselineReport, current: CurrentRun): ReportBaseline {
  const currentById = new Map(current.findings.map((finding) => [finding.id, finding]));
  const coveredRegions = new Set([
    ...current.regions,
    ...current.findings.map((finding) => finding.resource.region),
  ]);
  const controlsRun = new Set(current.findings.map((finding) => finding.checkId));

  const result: ReportBaseline = {
    file: baseline.path,
    startedAt: baseline.startedAt,
    new: [],
    fixed: [],
    unchanged: [],
    unverified: [],
  };

  const failingBefore = baseline.findings.filter((finding) => finding.status === "fail");
  for (const before of failingBefore) {
    const now = currentById.get(before.id);
    const entry: ReportBaselineFinding = {
      id: before.id,
      controlId: before.controlId,
      severity: before.severity,
      resourceArn: before.resource.arn,
    };

    if (now === undefined) {
      const judged =
        controlsRun.has(before.controlId) && coveredRegions.has(before.resource.region);
      (judged ? result.fixed : result.unverified).push(entry);
    } else if (now.status === "fail") {
      result.unchanged.push(withSuppression(entry, current.suppressedIds));
    } else if (now.status === "pass" || now.status === "not_applicable") {
      result.fixed.push(entry);
    } else {
      result.unverified.push(entry);
    }
  }

  const failingBeforeIds = new Set(failingBefore.map((finding) => finding.id));
  for (const finding of current.findings) {
    if (finding.status !== "fail" || failingBeforeIds.has(finding.id)) continue;
    const entry: ReportBaselineFinding = {
      id: finding.id,
      controlId: finding.checkId,
      severity: finding.severity,
      resourceArn: finding.resource.arn,
    };
    result.new.push(withSuppression(entry, current.suppressedIds));
  }

  for (const list of [result.new, result.fixed, result.unchanged, result.unverified])
    list.sort((a, b) => a.id.localeCompare(b.id));
  return result;
}

function withSuppression(
  entry: ReportBaselineFinding,
  suppressedIds: ReadonlySet<string>,
): ReportBaselineFinding {
  return suppressedIds.has(entry.id) ? { ...entry, suppressed: true } : entry;
}
