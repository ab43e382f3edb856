import type { Finding } from "../checks/check.js";
import type { Threat, ThreatStatus } from "./threat.js";

export interface ThreatVerdict {
  threat: Threat;
  status: ThreatStatus;
  /** One sentence: why the threat has this verdict. */
  summary: string;
  /** Finding counts by status across the threat's controls. */
  counts: Record<Finding["status"], number>;
  /** Finding counts by status for each control of the threat. */
  countsByControl: Record<string, Record<Finding["status"], number>>;
  /** Controls mapped to the threat that the tool does not implement. */
  missingControls: string[];
}

/**
 * Decides a threat's verdict from its controls' findings: open when any finding fails;
 * unverified when any finding is an error or manual, or when the threat has no automated
 * control; not applicable when no control found a resource to judge; mitigated otherwise.
 */
export function judgeThreat(
  threat: Threat,
  findings: Finding[],
  knownChecks: Set<string>,
): ThreatVerdict {
  const relevant = findings.filter((finding) => threat.controls.includes(finding.checkId));
  const counts = countByStatus(relevant);
  const missingControls = threat.controls.filter((id) => !knownChecks.has(id));
  const countsByControl = Object.fromEntries(
    threat.controls.map((id) => [
      id,
      countByStatus(relevant.filter((finding) => finding.checkId === id)),
    ]),
  );

  const verdict = (status: ThreatStatus, summary: string): ThreatVerdict => ({
    threat,
    status,
    summary,
    counts,
    countsByControl,
    missingControls,
  });

  if (threat.controls.length === 0) {
    return verdict("unverified", "No automated control covers this threat yet: verify it by hand.");
  }
  if (counts.fail > 0) {
    return verdict(
      "open",
      `${counts.fail} ${plural(counts.fail, "resource fails", "resources fail")} a control.`,
    );
  }
  if (counts.error > 0) {
    return verdict(
      "unverified",
      `${counts.error} ${plural(counts.error, "resource", "resources")} could not be checked: see the errors.`,
    );
  }
  if (counts.manual > 0) {
    return verdict(
      "unverified",
      `${counts.manual} ${plural(counts.manual, "result needs", "results need")} a manual check.`,
    );
  }
  if (missingControls.length > 0) {
    return verdict("unverified", `Controls not implemented: ${missingControls.join(", ")}.`);
  }
  if (counts.pass === 0) {
    return verdict("not_applicable", "No resources in scope for this threat's controls.");
  }
  return verdict(
    "mitigated",
    `All ${counts.pass} ${plural(counts.pass, "resource passes", "resources pass")} every control.`,
  );
}

function countByStatus(findings: Finding[]): Record<Finding["status"], number> {
  const counts = { pass: 0, fail: 0, error: 0, not_applicable: 0, manual: 0 };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
