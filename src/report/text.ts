import { describeEvidence, describePasses, threatTraceLines } from "../threats/text-trace.js";
import type { AuditReport, ReportFinding, ReportThreat } from "./report-types.js";
import { describeSuppression, renderCiSections } from "./text-ci.js";

const THREAT_LABEL: Record<ReportThreat["status"], string> = {
  open: "OPEN",
  unverified: "UNVERIFIED",
  mitigated: "MITIGATED",
  not_applicable: "N/A",
  manual: "MANUAL",
};

const FINDING_LABEL: Record<ReportFinding["status"], string> = {
  fail: "FAIL",
  error: "ERROR",
  manual: "MANUAL",
  pass: "PASS",
  not_applicable: "N/A",
};

/** Statuses listed under each threat; passing and not-applicable findings are only counted. */
const LISTED = new Set<ReportFinding["status"]>(["fail", "error", "manual"]);

/**
 * Renders the plain text report: each threat with its verdict, then the findings that need
 * action under it, then the collection errors. It contains no timings, so two runs against an
 * unchanged account print the same text.
 */
export function renderText(report: AuditReport): string {
  const lines: string[] = [];
  const principal = report.identity.arn === undefined ? "" : ` as ${report.identity.arn}`;
  lines.push(
    `threat-audit ${report.tool.version}: account ${report.identity.accountId}${principal}`,
  );
  lines.push(`Regions: ${report.regions.join(", ")}`);
  lines.push("");

  for (const threat of report.threats) {
    lines.push(...renderThreat(threat, report.findings));
    lines.push("");
  }

  if (report.errors.length > 0) {
    lines.push(`Collection errors (${report.errors.length}):`);
    for (const error of report.errors) {
      const resource = error.resource === undefined ? "" : ` for ${error.resource}`;
      lines.push(
        `  ${error.action} in ${error.region}${resource}: ${error.code}: ${error.message}`,
      );
    }
    lines.push("");
  }

  lines.push(...renderCiSections(report));
  lines.push(renderSummary(report));
  lines.push(explainExitCode(report));
  return lines.join("\n") + "\n";
}

function renderThreat(threat: ReportThreat, findings: ReportFinding[]): string[] {
  const lines = [
    `${THREAT_LABEL[threat.status].padEnd(10)} ${threat.id}  ${threat.severity.padEnd(6)}  ${threat.title}`,
    `           ${threat.summary}`,
    ...threatTraceLines(threat),
  ];

  for (const control of threat.controls) {
    if (!control.implemented) {
      lines.push(`           - ${control.id}: not implemented in this version`);
      continue;
    }
    const counts = control.counts;
    lines.push(
      `           - ${control.id}: ${counts.pass} pass, ${counts.fail} fail, ${counts.error} error, ` +
        `${counts.manual} manual, ${counts.not_applicable} not applicable`,
    );
    const passes = describePasses(control, findings);
    if (passes !== undefined) lines.push(`             ${passes}`);

    for (const finding of findings) {
      if (finding.controlId !== control.id || !LISTED.has(finding.status)) continue;
      // Suppressed findings are left out of the verdict, so their threat ids place them.
      const counted =
        control.findings === undefined ||
        control.findings.includes(finding.id) ||
        (finding.suppression !== undefined && finding.threats.includes(threat.id));
      if (!counted) continue;
      const suppression = describeSuppression(finding);
      const label = suppression === undefined ? FINDING_LABEL[finding.status] : "SUPPRESSED";
      lines.push(
        `             ${label.padEnd(6)} ${finding.severity.padEnd(8)} ${finding.resource.arn}`,
      );
      lines.push(`                    ${finding.reason}`);
      const evidence = describeEvidence(finding);
      if (evidence !== undefined) lines.push(`                    ${evidence}`);
      // Each failing reason already says what to change; the JSON report adds the remediation.
      if (suppression !== undefined) lines.push(`                    ${suppression}`);
    }
  }
  return lines;
}

function renderSummary(report: AuditReport): string {
  const threats = report.summary.threats;
  const findings = report.summary.findings;
  return (
    `Threats: ${threats.open} open, ${threats.unverified} unverified, ${threats.manual ?? 0} manual, ` +
    `${threats.mitigated} mitigated, ` +
    `${threats.not_applicable} not applicable. ` +
    `Findings: ${findings.fail} fail, ${findings.error} error, ${findings.manual} manual, ` +
    `${findings.pass} pass, ${findings.not_applicable} not applicable.`
  );
}

/** Says which outcome decided the exit code, so a CI log shows why a job failed. */
function explainExitCode(report: AuditReport): string {
  const { exitCode, failOn } = report.run;
  if (exitCode === 0) return `Exit code 0: nothing failed at or above --fail-on ${failOn}.`;
  if (exitCode === 2) {
    return (
      `Exit code 2: the audit is incomplete, ${report.summary.findings.error} findings could not be ` +
      "evaluated (see the errors above)."
    );
  }

  const bySeverity = Object.entries(report.summary.failuresBySeverity)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(", ");
  return `Exit code ${exitCode}: findings failed at or above --fail-on ${failOn} (failing: ${bySeverity}).`;
}
