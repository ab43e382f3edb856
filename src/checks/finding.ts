import type { CollectionError } from "../collect/collected.js";
import type { Check, Finding, FindingStatus, ResourceRef } from "./check.js";

/** Builds a finding of `check` about `resource`. */
export function finding(
  check: Check,
  resource: ResourceRef,
  status: FindingStatus,
  reason: string,
  evidence: Record<string, unknown> = {},
): Finding {
  return {
    id: `${check.id}:${resource.arn}`,
    checkId: check.id,
    status,
    severity: check.severity,
    resource,
    reason,
    evidence,
  };
}

/** Builds the `error` finding for a resource whose data could not be collected. */
export function errorFinding(check: Check, resource: ResourceRef, error: CollectionError): Finding {
  const reason =
    `Could not verify ${resource.name ?? resource.arn}: ${error.operation} in ${error.region} failed ` +
    `(${error.code}: ${error.message}). ${describeFix(error)}`;

  return { ...finding(check, resource, "error", reason), error };
}

/** Builds the `not_applicable` finding for a region or account with no resources of the kind. */
export function notApplicable(check: Check, scope: ResourceRef, what: string): Finding {
  return finding(check, scope, "not_applicable", `No ${what} found in ${scope.region}.`);
}

/** A scope reference for a whole service in one region, used when a listing is empty or failed. */
export function regionScope(
  service: string,
  region: string,
  accountId: string,
  type: string,
): ResourceRef {
  return {
    arn: `arn:aws:${service}:${region}:${accountId}:*`,
    type,
    region,
    name: `${service} in ${region}`,
  };
}

function describeFix(error: CollectionError): string {
  switch (error.kind) {
    case "access_denied":
      return `Grant ${error.action} to the audit role, then run the audit again.`;
    case "throttled":
      return "The call was throttled past all retries: run the audit again later or with fewer regions.";
    case "region_disabled":
      return `Region ${error.region} is not enabled for the account: leave it out with --region.`;
    case "malformed":
      return (
        "The endpoint did not return a valid AWS API answer: check the region name, --endpoint-url " +
        "and any proxy in between, then run the audit again."
      );
    default:
      return `Check that the audit role may call ${error.action} and that the endpoint is reachable.`;
  }
}
