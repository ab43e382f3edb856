import type {
  AuditReport,
  ReportFinding,
  ReportSuppression,
  ReportThreat,
} from "../report/report-types.js";

export type Severity = ReportFinding["severity"];

/** Severity floors that `s` cycles through, from none to the strictest. */
export const SEVERITY_FLOORS: readonly (Severity | undefined)[] = [
  undefined,
  "low",
  "medium",
  "high",
  "critical",
];

const SEVERITY_RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** Failing findings first, then the ones that could not be judged, then the rest. */
const STATUS_RANK: Record<string, number> = {
  fail: 0,
  error: 1,
  manual: 2,
  pass: 3,
  not_applicable: 4,
};

/** One row of the threats pane: a threat of the model, or the findings of no threat. */
export interface ThreatEntry {
  id: string;
  title: string;
  severity: string;
  status: string;
  threat?: ReportThreat;
  /** The threat's findings, failing first. */
  findings: ReportFinding[];
}

export interface Filters {
  /** Case-insensitive text searched in the threat, control, resource, status and reason. */
  text: string;
  failingOnly: boolean;
  severityFloor: Severity | undefined;
}

export interface VisibleThreat {
  entry: ThreatEntry;
  findings: ReportFinding[];
  /** Failing findings among `findings`. */
  failing: number;
}

export const NO_FILTERS: Filters = { text: "", failingOnly: false, severityFloor: undefined };

/** Id of the entry that gathers findings whose control no threat maps. */
export const UNMAPPED_ENTRY_ID = "OTHER";

/** Groups the report's findings by threat, each group sorted failing first. */
export function indexReport(report: AuditReport): ThreatEntry[] {
  const byThreat = new Map<string, ReportFinding[]>();
  const unmapped: ReportFinding[] = [];
  for (const finding of report.findings) {
    if (finding.threats.length === 0) unmapped.push(finding);
    for (const threatId of finding.threats) {
      let list = byThreat.get(threatId);
      if (list === undefined) byThreat.set(threatId, (list = []));
      list.push(finding);
    }
  }

  const entries: ThreatEntry[] = report.threats.map((threat) => ({
    id: threat.id,
    title: threat.title,
    severity: threat.severity,
    status: threat.status,
    threat,
    findings: (byThreat.get(threat.id) ?? []).sort(compareFindings),
  }));
  if (unmapped.length > 0) {
    entries.push({
      id: UNMAPPED_ENTRY_ID,
      title: "Findings of controls no threat maps",
      severity: "info",
      status: "not_applicable",
      findings: unmapped.sort(compareFindings),
    });
  }
  return entries;
}

export function suppressionOf(finding: ReportFinding): ReportSuppression | undefined {
  return finding.suppression;
}

/** Tells whether a finding fails and no suppression entry accepts it, as the exit-code gate counts. */
export function isFailing(finding: ReportFinding): boolean {
  return finding.status === "fail" && suppressionOf(finding) === undefined;
}

export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return (
    statusRank(a) - statusRank(b) ||
    (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) ||
    a.controlId.localeCompare(b.controlId) ||
    a.resource.arn.localeCompare(b.resource.arn)
  );
}

/** Suppressed failures sort after the findings that still need action. */
function statusRank(finding: ReportFinding): number {
  if (finding.status === "fail" && suppressionOf(finding) !== undefined) return 2.5;
  return STATUS_RANK[finding.status] ?? 9;
}

export function filtersActive(filters: Filters): boolean {
  return filters.text.length > 0 || filters.failingOnly || filters.severityFloor !== undefined;
}

/**
 * Applies the filters. Without filters every threat shows; with any filter, only threats with at
 * least one matching finding show. Text that matches a threat's id or title keeps all of that
 * threat's findings that pass the other filters.
 */
export function applyFilters(entries: readonly ThreatEntry[], filters: Filters): VisibleThreat[] {
  if (!filtersActive(filters)) {
    return entries.map((entry) => visibleThreat(entry, entry.findings));
  }

  const text = filters.text.toLowerCase();
  const floor = filters.severityFloor === undefined ? -1 : SEVERITY_RANK[filters.severityFloor];
  const visible: VisibleThreat[] = [];
  for (const entry of entries) {
    const threatMatches = text.length === 0 || threatSearchText(entry).includes(text);
    const findings = entry.findings.filter(
      (finding) =>
        (!filters.failingOnly || isFailing(finding)) &&
        (SEVERITY_RANK[finding.severity] ?? 0) >= (floor ?? -1) &&
        (threatMatches || findingSearchText(finding).includes(text)),
    );
    if (findings.length > 0) visible.push(visibleThreat(entry, findings));
  }
  return visible;
}

function visibleThreat(entry: ThreatEntry, findings: ReportFinding[]): VisibleThreat {
  return { entry, findings, failing: findings.filter(isFailing).length };
}

function threatSearchText(entry: ThreatEntry): string {
  return `${entry.id} ${entry.title}`.toLowerCase();
}

const searchTexts = new WeakMap<ReportFinding, string>();

/** Lower-case text a filter searches, built once per finding so typing stays fast. */
function findingSearchText(finding: ReportFinding): string {
  let text = searchTexts.get(finding);
  if (text === undefined) {
    text = [
      finding.controlId,
      finding.status,
      finding.severity,
      finding.resource.arn,
      finding.resource.name ?? "",
      finding.resource.type,
      finding.reason,
    ]
      .join(" ")
      .toLowerCase();
    searchTexts.set(finding, text);
  }
  return text;
}

/** Looks up a control's title in the first threat that maps the control. */
export function controlTitle(
  entries: readonly ThreatEntry[],
  controlId: string,
): string | undefined {
  for (const entry of entries) {
    const control = entry.threat?.controls.find((item) => item.id === controlId);
    if (control !== undefined) return control.title;
  }
  return undefined;
}
