import type { AuditReport, ReportFinding, ReportThreat } from "./report-types.js";
import type { ReportWriter } from "./writer.js";
import { escapeXml } from "./xml.js";

interface TestCase {
  classname: string;
  name: string;
  /** The child element, already rendered, or "" for a passing test. */
  outcome: string;
  kind: "pass" | "failure" | "error" | "skipped";
}

/**
 * JUnit XML as CI systems read it: a test suite per threat and a test case per control and
 * resource. Failing findings are failures, `error` findings are errors, and manual,
 * not-applicable and suppressed findings are skipped with the reason.
 */
export const junitWriter: ReportWriter = {
  key: "junit",
  option: "--junit",
  extension: "xml",
  render: (report) => renderJunit(report),
};

/** Renders the JUnit XML document of a report. */
export function renderJunit(report: AuditReport): string {
  const suites = report.threats.map((threat) => ({
    name: `${threat.id} ${threat.title}`,
    properties: { severity: threat.severity, verdict: threat.status },
    cases: threatCases(threat, report.findings),
  }));

  const unmapped = report.findings.filter((finding) => finding.threats.length === 0);
  if (unmapped.length > 0) {
    suites.push({
      name: "Controls outside the threat model",
      properties: { severity: "info", verdict: "not_applicable" },
      cases: unmapped.map(findingCase),
    });
  }

  const all = suites.flatMap((suite) => suite.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="threat-audit" ${counts(all)}>`,
  ];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${escapeXml(suite.name)}" ${counts(suite.cases)}>`);
    lines.push("    <properties>");
    for (const [name, value] of Object.entries(suite.properties))
      lines.push(`      <property name="${name}" value="${escapeXml(value)}"/>`);
    lines.push("    </properties>");
    for (const test of suite.cases) {
      const open = `    <testcase classname="${escapeXml(test.classname)}" name="${escapeXml(test.name)}"`;
      lines.push(
        test.outcome === "" ? `${open}/>` : `${open}>\n      ${test.outcome}\n    </testcase>`,
      );
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n") + "\n";
}

function threatCases(threat: ReportThreat, findings: ReportFinding[]): TestCase[] {
  const cases: TestCase[] = [];
  for (const control of threat.controls) {
    if (!control.implemented) {
      cases.push(
        skipped(control.id, "not implemented", "This version does not implement the control."),
      );
      continue;
    }
    for (const finding of findings) {
      if (finding.controlId === control.id && finding.threats.includes(threat.id))
        cases.push(findingCase(finding));
    }
  }
  if (threat.controls.length === 0)
    cases.push(skipped(threat.id, "no automated control", threat.summary));
  return cases;
}

function findingCase(finding: ReportFinding): TestCase {
  const base = { classname: finding.controlId, name: finding.resource.arn };
  const message = escapeXml(finding.reason);

  if (finding.suppression !== undefined) {
    return skipped(base.classname, base.name, `suppressed: ${finding.suppression.reason}`);
  }
  switch (finding.status) {
    case "fail":
      return {
        ...base,
        kind: "failure",
        outcome: `<failure message="${message}" type="${finding.severity}">${escapeXml(
          `${finding.reason}\nFix: ${finding.remediation}`,
        )}</failure>`,
      };
    case "error":
      return {
        ...base,
        kind: "error",
        outcome: `<error message="${message}" type="${escapeXml(finding.error?.code ?? "error")}"/>`,
      };
    case "manual":
    case "not_applicable":
      return skipped(base.classname, base.name, finding.reason);
    case "pass":
      return { ...base, kind: "pass", outcome: "" };
  }
}

function skipped(classname: string, name: string, message: string): TestCase {
  return {
    classname,
    name,
    kind: "skipped",
    outcome: `<skipped message="${escapeXml(message)}"/>`,
  };
}

function counts(cases: TestCase[]): string {
  const count = (kind: TestCase["kind"]) => cases.filter((test) => test.kind === kind).length;
  return (
    `tests="${cases.length}" failures="${count("failure")}" errors="${count("error")}" ` +
    `skipped="${count("skipped")}"`
  );
}
