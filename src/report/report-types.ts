/**
 * The JSON report, version 1. docs/report.schema.json is generated from `AuditReport`
 * (`npm run schema`); a test fails when the committed schema is stale.
 */
export interface AuditReport {
  reportVersion: 1;
  tool: { name: "threat-audit"; version: string };
  run: ReportRun;
  identity: ReportIdentity;
  /** Regions audited, in the order requested. */
  regions: string[];
  apiCalls: ReportApiCalls;
  summary: ReportSummary;
  threats: ReportThreat[];
  findings: ReportFinding[];
  /** Every failed collection step: the call, the IAM action it needs, and the cause. */
  errors: ReportError[];
}

export interface ReportRun {
  /** `live` read the account; `offline` re-ran the checks on a saved inventory. */
  mode: "live" | "offline";
  /** ISO 8601 time the audit started. */
  startedAt: string;
  /** ISO 8601 time the inventory was collected (for offline runs, when it was saved). */
  inventoryCollectedAt: string;
  durationMs: number;
  /** Severity floor of the exit-code gate. */
  failOn: "critical" | "high" | "medium" | "low" | "none";
  exitCode: number;
}

export interface ReportIdentity {
  accountId: string;
  /** Principal ARN the audit ran as; absent for offline runs. */
  arn?: string;
}

export interface ReportApiCalls {
  total: number;
  retries: number;
  throttles: number;
  errors: number;
  /** Counts by `service:Operation`, e.g. `rds:DescribeDBClusters`. */
  byOperation: Record<
    string,
    { calls: number; retries: number; throttles: number; errors: number }
  >;
}

export interface ReportSummary {
  threats: Record<"mitigated" | "open" | "unverified" | "not_applicable", number>;
  findings: Record<"pass" | "fail" | "error" | "not_applicable" | "manual", number>;
  /** Failing findings by severity. */
  failuresBySeverity: Record<"critical" | "high" | "medium" | "low" | "info", number>;
}

export interface ReportThreat {
  id: string;
  title: string;
  severity: "critical" | "high" | "medium" | "low" | "info";
  status: "mitigated" | "open" | "unverified" | "not_applicable";
  summary: string;
  stride: string[];
  affectedComponents: string[];
  references: string[];
  recommendedActions: string;
  controls: ReportControl[];
}

export interface ReportControl {
  id: string;
  title: string;
  /** False when the threat maps to a control this version does not implement. */
  implemented: boolean;
  severity?: "critical" | "high" | "medium" | "low" | "info";
  references?: { cwe: string[]; asvs: string[]; securityHub: string[] };
  remediation?: string;
  counts: Record<"pass" | "fail" | "error" | "not_applicable" | "manual", number>;
}

export interface ReportFinding {
  /** Stable across runs: `<control id>:<resource ARN>`. */
  id: string;
  controlId: string;
  /** Threat ids whose verdict this finding feeds. */
  threats: string[];
  status: "pass" | "fail" | "error" | "not_applicable" | "manual";
  severity: "critical" | "high" | "medium" | "low" | "info";
  resource: { arn: string; type: string; region: string; name?: string };
  reason: string;
  evidence: Record<string, unknown>;
  remediation: string;
  references: { cwe: string[]; asvs: string[]; securityHub: string[] };
  error?: ReportError;
}

export interface ReportError {
  kind:
    | "access_denied"
    | "throttled"
    | "region_disabled"
    | "not_found"
    | "malformed"
    | "endpoint"
    | "other";
  service: string;
  operation: string;
  region: string;
  /** IAM action the audit role needs for the call. */
  action: string;
  code: string;
  message: string;
  resource?: string;
}
