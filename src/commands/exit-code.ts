import type { Finding } from "../checks/check.js";
import type { FailOn } from "../cli-options.js";
import { SEVERITY_RANK } from "../report/build-report.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INCOMPLETE = 2;
export const EXIT_BUG = 3;

/** What the exit code gates on, from `--fail-on`, `--no-fail-on-error` and `--fail-on-new`. */
export interface Gate {
  failOn: FailOn;
  /** When true (the default), an `error` finding exits 2 unless a gated failure exits 1. */
  failOnError: boolean;
  /** With `--fail-on-new`: ids of failing findings absent from the baseline; only these gate. */
  newFindingIds?: ReadonlySet<string>;
}

/**
 * Returns 1 when a failing finding at or above `failOn` is neither suppressed nor, under
 * `--fail-on-new`, already failing in the baseline; else 2 when `failOnError` is set and any
 * control could not be evaluated; else 0. Suppression never hides an `error` finding.
 */
export function exitCodeFor(
  findings: readonly Finding[],
  gate: Gate,
  suppressedIds: ReadonlySet<string> = new Set(),
): number {
  if (gate.failOn !== "none") {
    const floor = SEVERITY_RANK[gate.failOn];
    const gated = findings.some(
      (finding) =>
        finding.status === "fail" &&
        SEVERITY_RANK[finding.severity] >= floor &&
        !suppressedIds.has(finding.id) &&
        (gate.newFindingIds === undefined || gate.newFindingIds.has(finding.id)),
    );
    if (gated) return EXIT_FINDINGS;
  }
  if (gate.failOnError && findings.some((finding) => finding.status === "error")) {
    return EXIT_INCOMPLETE;
  }
  return EXIT_OK;
}
