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
  /** Outcome of the suppression file; absent when no suppression file was read. */
  suppressions?: ReportSuppressions;
  /** Failing findings compared with an earlier report (`--baseline`); absent without one. */
  baseline?: ReportBaseline;
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
  /** False when `--no-fail-on-error` let an incomplete audit exit 0. */
  failOnError?: boolean;
  /** True when `--fail-on-new` gated only on failing findings absent from the baseline. */
  failOnNew?: boolean;
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
  threats: Record<"mitigated" | "open" | "unverified" | "not_applicable", number> & {
    /** Threats no automated control covers; absent in reports written before this status. */
    manual?: number;
  };
  findings: Record<"pass" | "fail" | "error" | "not_applicable" | "manual", number>;
  /** Failing findings by severity; suppressed findings are not counted. */
  failuresBySeverity: Record<"critical" | "high" | "medium" | "low" | "info", number>;
  /** Failing findings an unexpired suppression entry accepted; `findings.fail` excludes them. */
  suppressed?: number;
}

export interface ReportThreat {
  id: string;
  title: string;
  severity: "critical" | "high" | "medium" | "low" | "info";
  /** `manual`: no automated control covers the threat, so a person verifies `recommendedActions`. */
  status: "mitigated" | "open" | "unverified" | "not_applicable" | "manual";
  summary: string;
  /** Risk score as the threat model gives it. */
  score?: number;
  stride: string[];
  affectedComponents: string[];
  references: string[];
  /** Why the threat matters, as the threat model explains it. */
  why?: string;
  recommendedActions: string;
  controls: ReportControl[];
  /** Affected components a mapping file narrowed to resources matching name or ARN patterns. */
  scopes?: { component: string; resourceTypes: string[]; patterns: string[] }[];
  /** Ids of the controls' findings about resources outside `scopes`, left out of the verdict. */
  excludedFindings?: string[];
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
  /** What mapped the control to the threat: a CWE and component kind, or the mapping file. */
  mappedBy?: string;
  /** Ids of the findings that decide the verdict (resources in scope), as in `findings`. */
  findings?: string[];
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
  /** Present on a failing finding that an unexpired suppression entry accepts as a risk. */
  suppression?: ReportSuppression;
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

/** An accepted risk as the suppression file states it. */
export interface ReportSuppression {
  reason: string;
  owner?: string;
  /** Last day (YYYY-MM-DD, UTC) the entry applies. */
  expires?: string;
}

export interface ReportSuppressions {
  /** Path of the suppression file as given. */
  file: string;
  /** Number of entries in the file. */
  entries: number;
  /** Number of failing findings the entries suppressed. */
  applied: number;
  /** Entries past their expiry date; they no longer suppress anything. */
  expired: ReportSuppressionEntry[];
  /** Unexpired entries that matched no failing finding, so they can be removed. */
  stale: ReportSuppressionEntry[];
  /** Entries without an expiry date; they apply until someone removes them. */
  withoutExpiry: ReportSuppressionEntry[];
}

export interface ReportSuppressionEntry extends ReportSuppression {
  control: string;
  /** ARN pattern; `*` matches any run of characters. */
  resource: string;
  /** Line of the entry in the suppression file. */
  line: number;
}

export interface ReportBaseline {
  /** Path of the baseline report as given. */
  file: string;
  /** When the baseline audit started. */
  startedAt: string;
  /** Failing now, not failing in the baseline. */
  new: ReportBaselineFinding[];
  /** Failing in the baseline, now passing, not applicable, or gone from an audited region. */
  fixed: ReportBaselineFinding[];
  /** Failing in both. */
  unchanged: ReportBaselineFinding[];
  /**
   * Failing in the baseline and not judged again: the finding is now an error or manual, or its
   * region was not audited this time.
   */
  unverified: ReportBaselineFinding[];
}

export interface ReportBaselineFinding {
  id: string;
  controlId: string;
  severity: "critical" | "high" | "medium" | "low" | "info";
  resourceArn: string;
  /** True when the finding is failing now but suppressed. */
  suppressed?: boolean;
}
