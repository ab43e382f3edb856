import type { ReportControl, ReportFinding, ReportThreat } from "../report/report-types.js";

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

const MAX_LISTED_PASSES = 5;

/**
 * Names the resources that pass a control for a threat, e.g. `PASS   webshop-db, webshop-db-1`,
 * so the text shows which resources were in scope. More than five are cut to a count.
 */
export function describePasses(
  control: ReportControl,
  findings: ReportFinding[],
): string | undefined {
  const inScope = new Set(control.findings ?? []);
  const names = findings
    .filter((finding) => finding.status === "pass" && inScope.has(finding.id))
    .map((finding) => finding.resource.name ?? finding.resource.arn);
  if (names.length === 0) return undefined;

  const listed = names.slice(0, MAX_LISTED_PASSES).join(", ");
  const more = names.length - MAX_LISTED_PASSES;
  return `PASS   ${listed}${more > 0 ? ` and ${more} more` : ""}`;
}
