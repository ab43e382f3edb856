import type { AuditReport, ReportFinding } from "../../../src/report/report-types.js";

const ACCOUNT = "123456789012";

/** A finding of control `rds.tls-required` on cluster `name`, with the given status. */
export function reportFinding(
  name: string,
  status: ReportFinding["status"],
  overrides: Partial<ReportFinding> = {},
): ReportFinding {
  const arn = `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:${name}`;
  return {
    id: `rds.tls-required:${arn}`,
    controlId: "rds.tls-required",
    threats: ["T001"],
    status,
    severity: "high",
    resource: { arn, type: "AWS::RDS::DBCluster", region: "eu-west-1", name },
    reason: `Cluster ${name} is ${status}.`,
    evidence: {},
    remediation: "Set rds.force_ssl to 1 in the cluster parameter group.",
    references: { cwe: ["CWE-319"], asvs: ["V9.2.2"], securityHub: ["RDS.36"] },
    ...overrides,
  };
}

/** A report with threat T001 on control `rds.tls-required` and the given findings. */
export function reportFixture(
  findings: ReportFinding[],
  extra: Partial<AuditReport> = {},
): AuditReport {
  const count = (status: ReportFinding["status"]) =>
    findings.filter((finding) => finding.status === status).length;
  return {
    reportVersion: 1,
    tool: { name: "threat-audit", version: "0.1.0" },
    run: {
      mode: "offline",
      startedAt: "2026-06-01T10:00:00.000Z",
      inventoryCollectedAt: "2026-06-01T09:59:00.000Z",
      durationMs: 1200,
      failOn: "high",
      exitCode: count("fail") > 0 ? 1 : 0,
    },
    identity: { accountId: ACCOUNT },
    regions: ["eu-west-1"],
    apiCalls: { total: 0, retries: 0, throttles: 0, errors: 0, byOperation: {} },
    summary: {
      threats: { mitigated: 0, open: 1, unverified: 0, not_applicable: 0 },
      findings: {
        pass: count("pass"),
        fail: count("fail"),
        error: count("error"),
        not_applicable: count("not_applicable"),
        manual: count("manual"),
      },
      failuresBySeverity: { critical: 0, high: count("fail"), medium: 0, low: 0, info: 0 },
    },
    threats: [
      {
        id: "T001",
        title: "PII over an unencrypted database connection",
        severity: "high",
        status: "open",
        summary: "1 resource fails a control.",
        stride: ["Information disclosure"],
        affectedComponents: ["Aurora"],
        references: ["CWE-319"],
        recommendedActions: "Require TLS.",
        controls: [
          {
            id: "rds.tls-required",
            title: "RDS requires TLS connections",
            implemented: true,
            severity: "high",
            references: { cwe: ["CWE-319"], asvs: ["V9.2.2"], securityHub: ["RDS.36"] },
            remediation: "Set rds.force_ssl to 1 in the cluster parameter group.",
            counts: {
              pass: count("pass"),
              fail: count("fail"),
              error: count("error"),
              not_applicable: count("not_applicable"),
              manual: count("manual"),
            },
          },
        ],
      },
    ],
    findings,
    errors: [],
    ...extra,
  };
}
