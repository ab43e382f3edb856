import type { Finding } from "../checks/check.js";
import type { FailOn } from "../cli-options.js";
import { SEVERITY_RANK } from "../report/build-report.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INCOMPLETE = 2;
export const EXIT_BUG = 3;

/** 1 when a failing finding is at or above --fail-on; else 2 when any control could not be evaluated; else 0. */
export function exitCodeFor(findings: Finding[], failOn: FailOn): number {
  if (failOn !== "none") {
    const floor = SEVERITY_RANK[failOn];
    if (
      findings.some(
        (finding) => finding.status === "fail" && SEVERITY_RANK[finding.severity] >= floor,
      )
    ) {
      return EXIT_FINDINGS;
    }
  }
  if (findings.some((finding) => finding.status === "error")) return EXIT_INCOMPLETE;
  return EXIT_OK;
}
