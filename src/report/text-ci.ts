import type {
  AuditReport,
  ReportBaselineFinding,
  ReportFinding,
  ReportSuppressionEntry,
} from "./report-types.js";

/** Describes who accepted a suppressed finding's risk, why and until when, as one line. */
export function describeSuppression(finding: ReportFinding): string | undefined {
  const accepted = finding.suppression;
  if (accepted === undefined) return undefined;

  const details = [
    accepted.owner === undefined ? undefined : `owner ${accepted.owner}`,
    accepted.expires === undefined ? "no expiry" : `until ${accepted.expires}`,
  ].filter((part) => part !== undefined);
  return `Suppressed (${details.join(", ")}): ${accepted.reason}`;
}

/** Renders the text report's baseline and suppression sections, each followed by a blank line. */
export function renderCiSections(report: AuditReport): string[] {
  const lines: string[] = [];

  const baseline = report.baseline;
  if (baseline !== undefined) {
    lines.push(
      `Compared with ${baseline.file} (${baseline.startedAt}): ${baseline.new.length} new, ` +
        `${baseline.fixed.length} fixed, ${baseline.unchanged.length} unchanged, ` +
        `${baseline.unverified.length} not judged again.`,
    );
    lines.push(...baselineList("New", baseline.new));
    lines.push(...baselineList("Fixed", baseline.fixed));
    lines.push(...baselineList("Not judged again", baseline.unverified));
    lines.push("");
  }

  const suppressions = report.suppressions;
  if (suppressions !== undefined) {
    lines.push(
      `Suppressions from ${suppressions.file}: ${count(suppressions.applied, "failing finding")} ` +
        `suppressed; ${count(suppressions.expired.length, "entry", "entries")} expired, ` +
        `${count(suppressions.stale.length, "entry", "entries")} stale.`,
    );
    for (const entry of suppressions.expired)
      lines.push(
        `  expired: ${describeEntry(suppressions.file, entry)} ended ${entry.expires ?? ""}`,
      );
    for (const entry of suppressions.stale)
      lines.push(`  stale: ${describeEntry(suppressions.file, entry)} matches no failing finding`);
    for (const entry of suppressions.withoutExpiry)
      lines.push(`  warning: ${describeEntry(suppressions.file, entry)} has no expiry date`);
    lines.push("");
  }
  return lines;
}

function baselineList(label: string, entries: ReportBaselineFinding[]): string[] {
  return entries.map(
    (entry) =>
      `  ${label}: ${entry.controlId} ${entry.resourceArn}${entry.suppressed === true ? " (suppressed)" : ""}`,
  );
}

function describeEntry(file: string, entry: ReportSuppressionEntry): string {
  return `${file}:${entry.line} (${entry.control} on ${entry.resource})`;
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}
