import { codeCell, escapeCell, table } from "./markdown-cells.js";
import type {
  AuditReport,
  ReportBaseline,
  ReportBaselineFinding,
  ReportFinding,
  ReportSuppressionEntry,
  ReportSuppressions,
} from "./report-types.js";
import type { ReportWriter } from "./writer.js";

/** Rows a list shows before it names how many more there are; a summary has to stay readable. */
export const MARKDOWN_ROW_LIMIT = 50;

/**
 * A Markdown summary for a pull request comment or `$GITHUB_STEP_SUMMARY`: threat verdicts,
 * failing findings, errors, the suppression file's state and the baseline comparison.
 */
export const markdownWriter: ReportWriter = {
  key: "markdown",
  option: "--markdown",
  extension: "md",
  render: (report) => renderMarkdown(report),
};

/** Renders the Markdown summary of a report. */
export function renderMarkdown(report: AuditReport): string {
  const failing = report.findings.filter(
    (finding) => finding.status === "fail" && finding.suppression === undefined,
  );
  const errors = report.findings.filter((finding) => finding.status === "error");
  const suppressed = report.findings.filter((finding) => finding.suppression !== undefined);

  const lines = [`## threat-audit: account ${report.identity.accountId}`, "", headline(report), ""];
  lines.push(
    ...table(
      ["Threat", "Title", "Severity", "Verdict"],
      report.threats.map((threat) => [
        escapeCell(threat.id),
        escapeCell(threat.title),
        threat.severity,
        verdictLabel(threat.status),
      ]),
    ),
    "",
  );

  if (failing.length > 0) {
    lines.push(`### Failing findings (${failing.length})`, "");
    lines.push(...findingTable(failing, (finding) => escapeCell(finding.reason)));
  }
  if (errors.length > 0) {
    lines.push(`### Controls that could not be evaluated (${errors.length})`, "");
    lines.push(...findingTable(errors, (finding) => escapeCell(finding.reason)));
  }
  if (report.baseline !== undefined) lines.push(...baselineSection(report.baseline));
  if (report.suppressions !== undefined)
    lines.push(...suppressionSection(report.suppressions, suppressed));

  return lines.join("\n").trimEnd() + "\n";
}

function headline(report: AuditReport): string {
  const threats = report.summary.threats;
  const findings = report.summary.findings;
  const suppressed =
    report.summary.suppressed === undefined ? "" : `, ${report.summary.suppressed} suppressed`;
  return (
    `**${threats.open} open**, ${threats.unverified} unverified, ${threats.mitigated} mitigated, ` +
    `${threats.not_applicable} not applicable threats. Findings: ${findings.fail} fail, ` +
    `${findings.error} error, ${findings.manual} manual, ${findings.pass} pass${suppressed}. ` +
    `Exit code ${report.run.exitCode} (--fail-on ${report.run.failOn}).`
  );
}

function findingTable(
  findings: ReportFinding[],
  detail: (finding: ReportFinding) => string,
): string[] {
  const shown = findings.slice(0, MARKDOWN_ROW_LIMIT);
  const rows = shown.map((finding) => [
    finding.severity,
    codeCell(finding.controlId),
    codeCell(finding.resource.arn),
    detail(finding),
  ]);
  return [...table(["Severity", "Control", "Resource", "Detail"], rows), ...more(findings), ""];
}

function baselineSection(baseline: ReportBaseline): string[] {
  const lines = [
    `### Compared with ${escapeCell(baseline.file)} (${baseline.startedAt})`,
    "",
    `${baseline.new.length} new, ${baseline.fixed.length} fixed, ${baseline.unchanged.length} ` +
      `unchanged, ${baseline.unverified.length} not judged again.`,
    "",
  ];
  const lists: [string, ReportBaselineFinding[]][] = [
    ["New failing findings", baseline.new],
    ["Fixed", baseline.fixed],
    ["Failing before, not judged again", baseline.unverified],
  ];
  for (const [title, entries] of lists) {
    if (entries.length === 0) continue;
    const rows = entries
      .slice(0, MARKDOWN_ROW_LIMIT)
      .map((entry) => [
        entry.severity,
        codeCell(entry.controlId),
        codeCell(entry.resourceArn),
        entry.suppressed === true ? "suppressed" : "",
      ]);
    lines.push(`#### ${title} (${entries.length})`, "");
    lines.push(...table(["Severity", "Control", "Resource", "Note"], rows), ...more(entries), "");
  }
  return lines;
}

function suppressionSection(section: ReportSuppressions, suppressed: ReportFinding[]): string[] {
  const lines = [
    `### Suppressions (${escapeCell(section.file)})`,
    "",
    `${section.applied} failing ${section.applied === 1 ? "finding" : "findings"} suppressed by ` +
      `${section.entries} ${section.entries === 1 ? "entry" : "entries"}; ` +
      `${section.expired.length} expired, ${section.stale.length} stale, ` +
      `${section.withoutExpiry.length} without an expiry date.`,
    "",
  ];
  if (suppressed.length > 0) {
    lines.push("#### Suppressed findings", "");
    lines.push(
      ...findingTable(suppressed, (finding) => escapeCell(finding.suppression?.reason ?? "")),
    );
  }
  const lists: [string, ReportSuppressionEntry[]][] = [
    ["Expired entries: they no longer suppress anything", section.expired],
    ["Stale entries: they match no failing finding and can be removed", section.stale],
    ["Entries without an expiry date", section.withoutExpiry],
  ];
  for (const [title, entries] of lists) {
    if (entries.length === 0) continue;
    const rows = entries.map((entry) => [
      String(entry.line),
      codeCell(entry.control),
      codeCell(entry.resource),
      escapeCell(entry.expires ?? ""),
      escapeCell(entry.owner ?? ""),
      escapeCell(entry.reason),
    ]);
    lines.push(`#### ${title}`, "");
    lines.push(...table(["Line", "Control", "Resource", "Expires", "Owner", "Reason"], rows), "");
  }
  return lines;
}

function more(items: unknown[]): string[] {
  const rest = items.length - MARKDOWN_ROW_LIMIT;
  return rest > 0 ? ["", `…and ${rest} more; see the JSON report.`] : [];
}

function verdictLabel(status: string): string {
  return status === "not_applicable" ? "N/A" : status.toUpperCase();
}
