import type { ReportControl, ReportThreat } from "../report/report-types.js";
import type { ThreatVerdict } from "./verdict.js";

/** Picks the report fields that trace a threat's verdict to its model and scopes. */
export function threatTrace(
  verdict: ThreatVerdict,
): Pick<ReportThreat, "score" | "why" | "scopes" | "excludedFindings"> {
  const { threat } = verdict;
  const trace: Pick<ReportThreat, "score" | "why" | "scopes" | "excludedFindings"> = {};
  if (threat.score !== undefined) trace.score = threat.score;
  if (threat.why !== undefined) trace.why = threat.why;
  if (threat.scopes !== undefined && threat.scopes.length > 0) {
    trace.scopes = threat.scopes;
    trace.excludedFindings = verdict.excludedFindingIds;
  }
  return trace;
}

/** Picks the report fields that trace one control: what mapped it and which findings count. */
export function controlTrace(
  verdict: ThreatVerdict,
  controlId: string,
): Pick<ReportControl, "mappedBy" | "findings"> {
  const trace: Pick<ReportControl, "mappedBy" | "findings"> = {
    findings: verdict.findingIdsByControl[controlId] ?? [],
  };
  const mappedBy = verdict.threat.mappedBy?.[controlId];
  if (mappedBy !== undefined) trace.mappedBy = mappedBy;
  return trace;
}

/**
 * Returns a filter that drops, from the threats a finding's control is mapped to, the threats
 * whose scopes exclude the finding's resource.
 */
export function scopedThreatFilter(
  verdicts: ThreatVerdict[],
): (threatIds: string[], findingId: string) => string[] {
  const excluded = new Map(
    verdicts.map((verdict) => [verdict.threat.id, new Set(verdict.excludedFindingIds)]),
  );
  return (threatIds, findingId) =>
    threatIds.filter((threatId) => excluded.get(threatId)?.has(findingId) !== true);
}
