import { readFile } from "node:fs/promises";
import type { ReportFinding } from "../report/report-types.js";
import { UserError } from "../user-error.js";

/** The parts of an earlier JSON report a baseline comparison reads. */
export interface BaselineReport {
  path: string;
  startedAt: string;
  accountId: string;
  findings: Pick<ReportFinding, "id" | "controlId" | "status" | "severity" | "resource">[];
}

const READABLE_VERSION = 1;

/**
 * Reads a JSON report of an earlier run to compare against.
 *
 * @throws UserError when the file cannot be read, is not JSON, is not a threat-audit report of
 *   version 1, or lacks the fields the comparison reads.
 */
export async function loadBaseline(path: string): Promise<BaselineReport> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(
      `Could not read the baseline report ${path}: ${(error as Error).message}.`,
      "Pass the JSON report an earlier run wrote with --json to --baseline.",
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `The baseline report ${path} is not valid JSON: ${(error as Error).message}.`,
      "Pass the JSON report an earlier run wrote with --json to --baseline.",
    );
  }
  return parseBaseline(data, path);
}

/** Checks the shape of a parsed baseline report; see `loadBaseline`. */
export function parseBaseline(data: unknown, path: string): BaselineReport {
  const report = data as {
    reportVersion?: unknown;
    run?: { startedAt?: unknown };
    identity?: { accountId?: unknown };
    findings?: unknown;
  } | null;
  if (typeof report !== "object" || report === null || !("reportVersion" in report)) {
    throw new UserError(
      `The baseline ${path} is not a threat-audit JSON report: it has no reportVersion.`,
      "Pass the JSON report an earlier run wrote with --json to --baseline.",
    );
  }
  if (report.reportVersion !== READABLE_VERSION) {
    throw new UserError(
      `The baseline ${path} is a report of version ${JSON.stringify(report.reportVersion)}, but this version of threat-audit reads version ${READABLE_VERSION}.`,
      "Write a new baseline with this version of threat-audit (--json), then compare against it.",
    );
  }

  const startedAt = report.run?.startedAt;
  const accountId = report.identity?.accountId;
  const findings = report.findings;
  if (
    typeof startedAt !== "string" ||
    typeof accountId !== "string" ||
    !Array.isArray(findings) ||
    !findings.every(isBaselineFinding)
  ) {
    throw new UserError(
      `The baseline ${path} is not a complete report: run.startedAt, identity.accountId or a finding's id, controlId, status, severity or resource is missing.`,
      "Pass an unmodified JSON report written with --json to --baseline.",
    );
  }
  return { path, startedAt, accountId, findings };
}

/**
 * @throws UserError when the baseline audited another account, because every finding would then
 *   count as new or fixed.
 */
export function assertSameAccount(baseline: BaselineReport, accountId: string): void {
  if (baseline.accountId === accountId) return;
  throw new UserError(
    `The baseline ${baseline.path} audited account ${baseline.accountId}, but this audit read account ${accountId}.`,
    "Pass a baseline report of the same account to --baseline.",
  );
}

function isBaselineFinding(value: unknown): value is BaselineReport["findings"][number] {
  const finding = value as Partial<ReportFinding> | null;
  return (
    typeof finding === "object" &&
    finding !== null &&
    typeof finding.id === "string" &&
    typeof finding.controlId === "string" &&
    typeof finding.status === "string" &&
    typeof finding.severity === "string" &&
    typeof finding.resource?.arn === "string" &&
    typeof finding.resource.region === "string"
  );
}
