import type { CollectionError } from "../../collect/collected.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding } from "../finding.js";

/** The judgement of one web ACL, before it is tied to the resource the web ACL protects. */
export interface Verdict {
  status: "pass" | "fail" | "error";
  /** Full sentences; for an `error` with `error` set, the failed call is described after them. */
  reason: string;
  evidence: Record<string, unknown>;
  /** The failed call that left the verdict unknown, when one did. */
  error?: CollectionError;
}

/** Builds the finding of `check` about `resource` from a verdict, adding `evidence` first. */
export function verdictFinding(
  check: Check,
  resource: ResourceRef,
  verdict: Verdict,
  evidence: Record<string, unknown>,
): Finding {
  const allEvidence = { ...evidence, ...verdict.evidence };
  if (verdict.error === undefined) {
    return finding(check, resource, verdict.status, verdict.reason, allEvidence);
  }

  const failedCall = errorFinding(check, resource, verdict.error);
  return { ...failedCall, reason: `${verdict.reason} ${failedCall.reason}`, evidence: allEvidence };
}
