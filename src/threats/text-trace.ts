import type { ReportFinding, ReportThreat } from "../report/report-types.js";

const INDENT = "           ";
const MAX_VALUE_LENGTH = 100;

/** Lines under a threat's verdict: what to verify by hand, and the scopes that narrow it. */
export function threatTraceLines(threat: ReportThreat): string[] {
  const lines: string[] = [];
  if (threat.status === "manual") {
    const action =
      threat.recommendedActions === "" ? "(the model gives no action)" : threat.recommendedActions;
    lines.push(`${INDENT}Verify by hand: ${action.split("\n").join(" ")}`);
  }
  for (const scope of threat.scopes ?? []) {
    lines.push(`${INDENT}Scope: ${scope.component} limited to ${scope.patterns.join(", ")}`);
  }
  if ((threat.excludedFindings?.length ?? 0) > 0) {
    lines.push(
      `${INDENT}${threat.excludedFindings?.length} findings about resources outside the scope are left out.`,
    );
  }
  return lines;
}

/**
 * Formats a finding's evidence on one line as `Field=value` pairs. Values longer than 100
 * characters (policy documents) are cut; the JSON report has them whole.
 */
export function describeEvidence(finding: ReportFinding): string | undefined {
  const pairs = Object.entries(finding.evidence).map(([field, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    const cut = text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
    return `${field}=${cut}`;
  });
  return pairs.length === 0 ? undefined : `Evidence: ${pairs.join(", ")}`;
}
