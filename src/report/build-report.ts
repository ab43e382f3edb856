import type { CallCounts } from "../aws/call-stats.js";
import type { Check, Finding, Severity } from "../checks/check.js";
import type { CollectionError } from "../collect/collected.js";
import type { Inventory } from "../collect/inventory.js";
import { controlTrace, scopedThreatFilter, threatTrace } from "../threats/report-trace.js";
import type { ThreatVerdict } from "../threats/verdict.js";
import type {
  AuditReport,
  ReportBaseline,
  ReportError,
  ReportFinding,
  ReportSuppression,
  ReportSuppressions,
  ReportThreat,
} from "./report-types.js";

export interface ReportInput {
  version: string;
  mode: "live" | "offline";
  startedAt: string;
  durationMs: number;
  failOn: AuditReport["run"]["failOn"];
  exitCode: number;
  principalArn?: string;
  inventory: Inventory;
  checks: readonly Check[];
  findings: Finding[];
  verdicts: ThreatVerdict[];
  callsByOperation: Record<string, CallCounts>;
  failOnError?: boolean;
  failOnNew?: boolean;
  /** Suppressed failing findings by finding id, and the suppression file's section. */
  suppressions?: { byFindingId: Map<string, ReportSuppression>; section: ReportSuppressions };
  baseline?: ReportBaseline;
}

const STATUS_ORDER: Record<Finding["status"], number> = {
  fail: 0,
  error: 1,
  manual: 2,
  pass: 3,
  not_applicable: 4,
};

/** Assembles the versioned JSON report. Findings are sorted so two runs on one account diff cleanly. */
export function buildReport(input: ReportInput): AuditReport {
  const checksById = new Map(input.checks.map((check) => [check.id, check]));
  const threatsByControl = mapThreatsByControl(input.verdicts);
  const inScopeThreats = scopedThreatFilter(input.verdicts);
  const findings = [...input.findings].sort(compareFindings).map((finding) => {
    const check = checksById.get(finding.checkId);
    const entry: ReportFinding = {
      id: finding.id,
      controlId: finding.checkId,
      threats: inScopeThreats(threatsByControl.get(finding.checkId) ?? [], finding.id),
      status: finding.status,
      severity: finding.severity,
      resource: finding.resource,
      reason: finding.reason,
      evidence: finding.evidence,
      remediation: check?.remediation ?? "",
      references: check?.references ?? { cwe: [], asvs: [], securityHub: [] },
    };
    if (finding.error !== undefined) entry.error = finding.error;
    const suppression = input.suppressions?.byFindingId.get(finding.id);
    if (suppression !== undefined) entry.suppression = suppression;
    return entry;
  });

  const identity: AuditReport["identity"] = { accountId: input.inventory.accountId };
  if (input.principalArn !== undefined) identity.arn = input.principalArn;

  return {
    reportVersion: 1,
    tool: { name: "threat-audit", version: input.version },
    run: {
      mode: input.mode,
      startedAt: input.startedAt,
      inventoryCollectedAt: input.inventory.collectedAt,
      durationMs: Math.round(input.durationMs),
      failOn: input.failOn,
      ...(input.failOnError === undefined ? {} : { failOnError: input.failOnError }),
      ...(input.failOnNew === undefined ? {} : { failOnNew: input.failOnNew }),
      exitCode: input.exitCode,
    },
    identity,
    regions: input.inventory.regions,
    apiCalls: summarizeCalls(input.callsByOperation),
    summary: summarize(input.verdicts, input.findings, input.suppressions?.byFindingId),
    threats: input.verdicts.map((verdict) => reportThreat(verdict, checksById)),
    findings,
    errors: collectionErrors(input.inventory),
    ...(input.suppressions === undefined ? {} : { suppressions: input.suppressions.section }),
    ...(input.baseline === undefined ? {} : { baseline: input.baseline }),
  };
}

function reportThreat(verdict: ThreatVerdict, checksById: Map<string, Check>): ReportThreat {
  const { threat } = verdict;
  return {
    id: threat.id,
    title: threat.title,
    severity: threat.severity,
    status: verdict.status,
    summary: verdict.summary,
    stride: threat.stride,
    affectedComponents: threat.affectedComponents,
    references: threat.references,
    recommendedActions: threat.recommendedActions,
    controls: threat.controls.map((id) => {
      const check = checksById.get(id);
      const counts = verdict.countsByControl[id] ?? {
        pass: 0,
        fail: 0,
        error: 0,
        not_applicable: 0,
        manual: 0,
      };
      const trace = controlTrace(verdict, id);
      if (check === undefined) return { id, title: id, implemented: false, counts, ...trace };
      return {
        id,
        title: check.title,
        implemented: true,
        severity: check.severity,
        references: check.references,
        remediation: check.remediation,
        counts,
        ...trace,
      };
    }),
    ...threatTrace(verdict),
  };
}

function mapThreatsByControl(verdicts: ThreatVerdict[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const { threat } of verdicts) {
    for (const control of threat.controls)
      result.set(control, [...(result.get(control) ?? []), threat.id]);
  }
  return result;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.arn.localeCompare(b.resource.arn)
  );
}

export const SEVERITY_RANK: Record<Severity, number> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  info: 0,
};

function summarizeCalls(byOperation: Record<string, CallCounts>): AuditReport["apiCalls"] {
  const total = { calls: 0, retries: 0, throttles: 0, errors: 0 };
  for (const counts of Object.values(byOperation)) {
    total.calls += counts.calls;
    total.retries += counts.retries;
    total.throttles += counts.throttles;
    total.errors += counts.errors;
  }
  return {
    total: total.calls,
    retries: total.retries,
    throttles: total.throttles,
    errors: total.errors,
    byOperation,
  };
}

function summarize(
  verdicts: ThreatVerdict[],
  findings: Finding[],
  suppressed?: Map<string, ReportSuppression>,
): AuditReport["summary"] {
  const threats = { mitigated: 0, open: 0, unverified: 0, not_applicable: 0, manual: 0 };
  for (const verdict of verdicts) threats[verdict.status] += 1;

  const counts = { pass: 0, fail: 0, error: 0, not_applicable: 0, manual: 0 };
  const failuresBySeverity = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) {
    if (suppressed?.has(finding.id) === true) continue;
    counts[finding.status] += 1;
    if (finding.status === "fail") failuresBySeverity[finding.severity] += 1;
  }
  const summary: AuditReport["summary"] = { threats, findings: counts, failuresBySeverity };
  if (suppressed !== undefined) summary.suppressed = suppressed.size;
  return summary;
}

/** Every failed step recorded anywhere in the inventory, deduplicated, in a stable order. */
export function collectionErrors(inventory: Inventory): ReportError[] {
  const seen = new Map<string, CollectionError>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;

    const maybe = value as { ok?: unknown; error?: CollectionError };
    if (maybe.ok === false && maybe.error !== undefined) {
      const error = maybe.error;
      const key = `${error.action}|${error.region}|${error.resource ?? ""}|${error.code}`;
      seen.set(key, error);
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(inventory.parts);

  return [...seen.values()].sort(
    (a, b) =>
      a.action.localeCompare(b.action) ||
      a.region.localeCompare(b.region) ||
      (a.resource ?? "").localeCompare(b.resource ?? ""),
  );
}
