import type { Finding } from "../checks/check.js";
import { inScope } from "./mapping/resource-scopes.js";
import type { Threat, ThreatStatus } from "./threat.js";

export interface ThreatVerdict {
  threat: Threat;
  status: ThreatStatus;
  /** One sentence: why the threat has this verdict. */
  summary: string;
  /** Finding counts by status across the threat's controls, for resources in scope. */
  counts: Record<Finding["status"], number>;
  /** Finding counts by status for each control of the threat, for resources in scope. */
  countsByControl: Record<string, Record<Finding["status"], number>>;
  /** Ids of the findings that decide the verdict, by control. */
  findingIdsByControl: Record<string, string[]>;
  /** Ids of the threat's controls' findings about resources outside the threat's scopes. */
  excludedFindingIds: string[];
  /** Controls mapped to the threat that the tool does not implement. */
  missingControls: string[];
}

/**
 * Decides a threat's verdict from its controls' findings about resources in its scopes, in this
 * order of precedence:
 * - manual: no automated control covers the threat;
 * - open: a finding fails;
 * - unverified: a finding is an error or manual, or a control is not implemented;
 * - not applicable: no control found a resource to judge;
 * - mitigated: every finding passes.
 */
export function judgeThreat(
  threat: Threat,
  findings: Finding[],
  knownChecks: Set<string>,
  /** Failing findings suppressed as accepted risks; they are left out of `findings`. */
  accepted: Finding[] = [],
): ThreatVerdict {
  const mapped = findings.filter((finding) => threat.controls.includes(finding.checkId));
  const relevant = mapped.filter((finding) => inScope(finding.resource, threat.scopes));
  const counts = countByStatus(relevant);
  const missingControls = threat.controls.filter((id) => !knownChecks.has(id));
  const countsByControl: ThreatVerdict["countsByControl"] = {};
  const findingIdsByControl: ThreatVerdict["findingIdsByControl"] = {};
  for (const id of threat.controls) {
    const ofControl = relevant.filter((finding) => finding.checkId === id);
    countsByControl[id] = countByStatus(ofControl);
    findingIdsByControl[id] = ofControl.map((finding) => finding.id);
  }

  const verdict = (status: ThreatStatus, summary: string): ThreatVerdict => ({
    threat,
    status,
    summary,
    counts,
    countsByControl,
    findingIdsByControl,
    excludedFindingIds: mapped
      .filter((finding) => !relevant.includes(finding))
      .map((finding) => finding.id),
    missingControls,
  });

  if (threat.controls.length === 0) {
    return verdict("manual", "No automated control covers this threat: verify it by hand.");
  }
  // One resource can fail several controls, so the summaries count distinct resources.
  const failing = distinctResources(relevant, "fail");
  if (failing > 0) {
    return verdict(
      "open",
      `${failing} ${plural(failing, "resource fails", "resources fail")} ` +
        `${plural(counts.fail, "a control", "controls")} (${counts.fail} failing ${plural(counts.fail, "finding", "findings")}).`,
    );
  }
  const unknown = distinctResources(relevant, "error");
  if (unknown > 0) {
    return verdict(
      "unverified",
      `${unknown} ${plural(unknown, "resource", "resources")} could not be checked: see the errors.`,
    );
  }
  if (counts.manual > 0) {
    return verdict(
      "unverified",
      `${counts.manual} ${plural(counts.manual, "result needs", "results need")} a manual check.`,
    );
  }
  // An accepted risk is not a mitigation, and the resource is in scope, so neither mitigated nor
  // not applicable would be true.
  const acceptedInScope = accepted.filter(
    (finding) =>
      threat.controls.includes(finding.checkId) && inScope(finding.resource, threat.scopes),
  );
  if (acceptedInScope.length > 0) {
    return verdict(
      "unverified",
      `${acceptedInScope.length} failing ${plural(acceptedInScope.length, "finding is", "findings are")} ` +
        "suppressed as accepted risk: the threat is not mitigated while the suppression lasts.",
    );
  }
  if (missingControls.length > 0) {
    return verdict("unverified", `Controls not implemented: ${missingControls.join(", ")}.`);
  }
  if (counts.pass === 0) {
    return verdict("not_applicable", "No resources in scope for this threat's controls.");
  }
  const passing = distinctResources(relevant, "pass");
  return verdict(
    "mitigated",
    passing === 1
      ? "The one resource in scope passes every control."
      : `All ${passing} resources in scope pass every control.`,
  );
}

function distinctResources(findings: Finding[], status: Finding["status"]): number {
  return new Set(
    findings.filter((finding) => finding.status === status).map((finding) => finding.resource.arn),
  ).size;
}

function countByStatus(findings: Finding[]): Record<Finding["status"], number> {
  const counts = { pass: 0, fail: 0, error: 0, not_applicable: 0, manual: 0 };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
