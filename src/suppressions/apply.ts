import type { Finding } from "../checks/check.js";
import type { ReportSuppression, ReportSuppressions } from "../report/report-types.js";
import type { SuppressionEntry, SuppressionFile } from "./entry.js";
import { isExpired } from "./expiry.js";
import { compileArnPattern } from "./pattern.js";

export interface SuppressionOutcome {
  /** The accepted risk of each suppressed finding, by finding id. */
  byFindingId: Map<string, ReportSuppression>;
  /** The report's account of the file: expired, stale and undated entries. */
  section: ReportSuppressions;
}

/**
 * Matches the file's entries against the failing findings at time `now`. A failing finding is
 * suppressed by the first unexpired entry with its control id whose ARN pattern matches its
 * resource. Only `fail` findings can be suppressed: an `error` means the control could not be
 * judged, and accepting that would turn an unknown into a pass.
 */
export function applySuppressions(
  findings: readonly Finding[],
  file: SuppressionFile,
  now: Date,
): SuppressionOutcome {
  const expired = file.entries.filter(
    (entry) => entry.expires !== undefined && isExpired(entry.expires, now),
  );
  const active = file.entries
    .filter((entry) => !expired.includes(entry))
    .map((entry) => ({ entry, pattern: compileArnPattern(entry.resource) }));

  const used = new Set<SuppressionEntry>();
  const byFindingId = new Map<string, ReportSuppression>();
  for (const finding of findings) {
    if (finding.status !== "fail") continue;

    const matching = active.filter(
      ({ entry, pattern }) =>
        entry.control === finding.checkId && pattern.test(finding.resource.arn),
    );
    for (const { entry } of matching) used.add(entry);
    const first = matching[0]?.entry;
    if (first !== undefined) byFindingId.set(finding.id, acceptedRisk(first));
  }

  return {
    byFindingId,
    section: {
      file: file.path,
      entries: file.entries.length,
      applied: byFindingId.size,
      expired,
      stale: active.map(({ entry }) => entry).filter((entry) => !used.has(entry)),
      withoutExpiry: file.entries.filter((entry) => entry.expires === undefined),
    },
  };
}

function acceptedRisk(entry: SuppressionEntry): ReportSuppression {
  return {
    reason: entry.reason,
    ...(entry.owner === undefined ? {} : { owner: entry.owner }),
    ...(entry.expires === undefined ? {} : { expires: entry.expires }),
  };
}
