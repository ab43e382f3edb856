import type { AuditReport, ReportFinding, ReportThreat } from "../../../src/report/report-types.js";

export const ACCOUNT = "123456789012";
export const CLUSTER_ARN = `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:webshop-db`;
export const LISTENER_ARN = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:listener/app/webshop/1/80`;
export const BUCKET_ARN = "arn:aws:s3:::webshop-assets";

const NO_REFERENCES = { cwe: [], asvs: [], securityHub: [] };
const ZERO_COUNTS = { pass: 0, fail: 0, error: 0, not_applicable: 0, manual: 0 };

/** Builds a finding with plausible defaults, which `fields` overrides. */
export function findingFixture(fields: Partial<ReportFinding> & { arn?: string }): ReportFinding {
  const { arn = CLUSTER_ARN, ...rest } = fields;
  const controlId = rest.controlId ?? "rds.tls-required";
  return {
    id: `${controlId}:${arn}`,
    controlId,
    threats: ["T001"],
    status: "fail",
    severity: "high",
    resource: { arn, type: "AWS::RDS::DBCluster", region: "eu-west-1" },
    reason: `The cluster ${arn} accepts connections without TLS: rds.force_ssl is 0.`,
    evidence: { "DBClusterParameterGroup.rds.force_ssl": "0" },
    remediation: "Set rds.force_ssl to 1 in the cluster parameter group.",
    references: { cwe: ["CWE-319"], asvs: ["9.2.2"], securityHub: ["RDS.35"] },
    ...rest,
  };
}

function threatFixture(
  id: string,
  title: string,
  severity: ReportThreat["severity"],
  status: ReportThreat["status"],
  controls: { id: string; title: string }[],
): ReportThreat {
  return {
    id,
    title,
    severity,
    status,
    summary: `${id} is ${status}.`,
    stride: [],
    affectedComponents: [],
    references: [],
    recommendedActions: "",
    controls: controls.map((control) => ({
      ...control,
      implemented: true,
      references: NO_REFERENCES,
      counts: ZERO_COUNTS,
    })),
  };
}

/**
 * Builds a small finished audit: T001 open (a failing and a passing cluster), T002 mitigated, T003
 * unverified (a denied call), T004 not applicable.
 */
export function reportFixture(findings?: ReportFinding[]): AuditReport {
  const list = findings ?? [
    findingFixture({}),
    findingFixture({
      arn: `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:reporting-db`,
      status: "pass",
      reason: "The cluster reporting-db requires TLS: rds.force_ssl is 1.",
    }),
    findingFixture({
      controlId: "elbv2.listener-https",
      arn: LISTENER_ARN,
      threats: ["T002"],
      status: "pass",
      severity: "medium",
      resource: {
        arn: LISTENER_ARN,
        type: "AWS::ElasticLoadBalancingV2::Listener",
        region: "eu-west-1",
      },
      reason: "The listener uses HTTPS.",
    }),
    findingFixture({
      controlId: "s3.bucket-public-access-block",
      arn: BUCKET_ARN,
      threats: ["T003"],
      status: "error",
      severity: "critical",
      resource: {
        arn: BUCKET_ARN,
        type: "AWS::S3::Bucket",
        region: "eu-west-1",
        name: "webshop-assets",
      },
      reason:
        "s3:GetBucketPublicAccessBlock was denied, so the bucket webshop-assets was not judged.",
    }),
  ];

  return {
    reportVersion: 1,
    tool: { name: "threat-audit", version: "0.1.0" },
    run: {
      mode: "live",
      startedAt: "2026-01-01T00:00:00.000Z",
      inventoryCollectedAt: "2026-01-01T00:00:00.000Z",
      durationMs: 12_300,
      failOn: "high",
      exitCode: 1,
    },
    identity: { accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/auditor` },
    regions: ["eu-west-1"],
    apiCalls: { total: 42, retries: 1, throttles: 0, errors: 1, byOperation: {} },
    summary: {
      threats: { mitigated: 1, open: 1, unverified: 1, not_applicable: 1 },
      findings: { pass: 2, fail: 1, error: 1, not_applicable: 0, manual: 0 },
      failuresBySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
    },
    threats: [
      threatFixture("T001", "PII over an unencrypted database connection", "high", "open", [
        { id: "rds.tls-required", title: "Aurora requires TLS" },
      ]),
      threatFixture("T002", "Unencrypted traffic to the load balancer", "medium", "mitigated", [
        { id: "elbv2.listener-https", title: "Listeners use HTTPS" },
      ]),
      threatFixture("T003", "Public assets bucket", "critical", "unverified", [
        { id: "s3.bucket-public-access-block", title: "Bucket blocks public access" },
      ]),
      threatFixture("T004", "Queue readable by anyone", "low", "not_applicable", []),
    ],
    findings: list,
    errors: [],
  };
}

/** Builds a report whose threat T001 has `count` findings, every third one failing. */
export function largeReportFixture(count: number): AuditReport {
  const findings: ReportFinding[] = [];
  for (let index = 0; index < count; index += 1) {
    const arn = `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:db-${String(index).padStart(5, "0")}`;
    findings.push(findingFixture({ arn, status: index % 3 === 0 ? "fail" : "pass" }));
  }
  return reportFixture(findings);
}
