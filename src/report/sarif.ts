import { findingFingerprint } from "./fingerprint.js";
import type { AuditReport, ReportFinding } from "./report-types.js";
import { SECURITY_SEVERITY } from "./severity-score.js";
import type { OutputOptions, ReportWriter } from "./writer.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT_KEY = "threatAuditFinding/v1";

type Level = "error" | "warning" | "note";

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; "security-severity": string; severity: string };
}

const LEVEL: Record<ReportFinding["severity"], Level> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/**
 * SARIF 2.1.0: one rule per control, one result per failing finding, suppressed findings with
 * their justification, and `error` findings as tool execution notifications.
 */
export const sarifWriter: ReportWriter = {
  key: "sarif",
  option: "--sarif",
  extension: "sarif",
  render: (report, options) => JSON.stringify(renderSarif(report, options), null, 2) + "\n",
};

/** Builds the SARIF log of a report. */
export function renderSarif(report: AuditReport, options: OutputOptions = {}): object {
  const rules = collectRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const locate = (finding: ReportFinding) => location(finding, options.sarifArtifact);

  const results = report.findings
    .filter((finding) => finding.status === "fail")
    .map((finding) => ({
      ruleId: finding.controlId,
      ruleIndex: ruleIndex.get(finding.controlId) ?? -1,
      kind: "fail",
      level: LEVEL[finding.severity],
      message: { text: finding.reason },
      locations: [locate(finding)],
      partialFingerprints: fingerprints(finding),
      ...(finding.suppression === undefined ? {} : { suppressions: [suppression(finding)] }),
      properties: {
        severity: finding.severity,
        threats: finding.threats,
        resourceType: finding.resource.type,
        region: finding.resource.region,
        evidence: finding.evidence,
      },
    }));

  // SARIF results have no kind for "could not be evaluated": `kind` is one of pass, fail, open,
  // review, informational and notApplicable, and `open` means the tool lacked information to
  // decide, which readers treat as a result to fix. An `error` finding is a failed analysis step
  // instead, so it is reported as a notification of the invocation.
  const notifications = report.findings
    .filter((finding) => finding.status === "error")
    .map((finding) => ({
      level: "error",
      message: { text: finding.reason },
      locations: [locate(finding)],
      associatedRule: {
        id: finding.controlId,
        index: ruleIndex.get(finding.controlId) ?? -1,
      },
      ...(finding.error === undefined
        ? {}
        : { properties: { action: finding.error.action, code: finding.error.code } }),
    }));

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        automationDetails: { id: `threat-audit/${report.identity.accountId}/` },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            exitCode: report.run.exitCode,
            startTimeUtc: report.run.startedAt,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
        properties: { accountId: report.identity.accountId, regions: report.regions },
      },
    ],
  };
}

/** Collects one rule per control the threats map or the findings name, sorted by id. */
function collectRules(report: AuditReport): Rule[] {
  const threatsByControl = new Map<string, string[]>();
  for (const threat of report.threats) {
    for (const control of threat.controls)
      threatsByControl.set(control.id, [...(threatsByControl.get(control.id) ?? []), threat.id]);
  }
  const describe = (id: string, title: string) => {
    const threats = threatsByControl.get(id) ?? [];
    return threats.length === 0 ? `${title}.` : `${title}. Mitigates ${threats.join(", ")}.`;
  };

  const rules = new Map<string, Rule>();
  for (const threat of report.threats) {
    for (const control of threat.controls) {
      if (!control.implemented || control.severity === undefined || rules.has(control.id)) continue;
      rules.set(
        control.id,
        rule(
          control.id,
          control.title,
          describe(control.id, control.title),
          control.severity,
          control.remediation ?? "",
          control.references,
        ),
      );
    }
  }
  // A control outside every threat still gets a rule; its title is not in the report.
  for (const finding of report.findings) {
    if (rules.has(finding.controlId)) continue;
    rules.set(
      finding.controlId,
      rule(
        finding.controlId,
        finding.controlId,
        describe(finding.controlId, finding.controlId),
        finding.severity,
        finding.remediation,
        finding.references,
      ),
    );
  }
  return [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function rule(
  id: string,
  title: string,
  description: string,
  severity: ReportFinding["severity"],
  remediation: string,
  references: ReportFinding["references"] | undefined,
): Rule {
  const cwe = references?.cwe ?? [];
  const securityHub = references?.securityHub ?? [];
  const tags = [
    "security",
    ...cwe,
    // GitHub code scanning links tags of this form to the CWE entry.
    ...cwe.map((ref) => `external/cwe/${ref.toLowerCase()}`),
    ...securityHub.map((ref) => `securityhub/${ref}`),
  ];
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: remediation },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags, "security-severity": SECURITY_SEVERITY[severity], severity },
  };
}

function location(finding: ReportFinding, artifact: string | undefined): object {
  const logicalLocations = [
    {
      fullyQualifiedName: finding.resource.arn,
      ...(finding.resource.name === undefined ? {} : { name: finding.resource.name }),
      kind: "resource",
    },
  ];
  if (artifact === undefined) return { logicalLocations };

  // GitHub code scanning rejects a file whose results have no physical location, so with
  // --sarif-artifact every result also points at that repository file.
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(artifact) },
      region: { startLine: 1 },
    },
    logicalLocations,
  };
}

function fingerprints(finding: ReportFinding): Record<string, string> {
  const hash = findingFingerprint(finding.controlId, finding.resource.arn);
  // GitHub code scanning tracks alerts across runs by primaryLocationLineHash, which its upload
  // action otherwise computes from the artifact's line. Every result points at the same line
  // (or at none), so the resource's own fingerprint is given instead.
  return { [FINGERPRINT_KEY]: hash, primaryLocationLineHash: hash };
}

function suppression(finding: ReportFinding): object {
  const accepted = finding.suppression;
  const details = [
    accepted?.owner === undefined ? undefined : `owner ${accepted.owner}`,
    accepted?.expires === undefined ? undefined : `expires ${accepted.expires}`,
  ].filter((part) => part !== undefined);
  const suffix = details.length === 0 ? "" : ` (${details.join(", ")})`;
  return {
    kind: "external",
    status: "accepted",
    justification: `${accepted?.reason ?? ""}${suffix}`,
  };
}

function artifactUri(path: string): string {
  return path
    .replaceAll("\\", "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
}
