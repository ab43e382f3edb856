import type { CollectionError } from "../../collect/collected.js";
import type { CloudTrailInventory, Inventory } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { readGlobalPart } from "../inputs.js";
import { assessTrail } from "./trail-assessment.js";
import { failFinding, passFinding, unknownFinding } from "./trail-findings.js";

/**
 * The account has a multi-region trail that is logging, validates its log files and records read
 * and write management events. An organization trail of the management account counts.
 */
export const multiRegionLogging: Check = {
  id: "cloudtrail.multi-region-logging",
  title: "A multi-region CloudTrail trail records all management events",
  severity: "medium",
  references: {
    cwe: ["CWE-778"],
    asvs: ["V7.1.3", "V7.3.3"],
    securityHub: ["CloudTrail.1", "CloudTrail.4"],
  },
  inputs: ["cloudtrail"],
  remediation:
    "Create or update a trail with --is-multi-region-trail and --enable-log-file-validation, " +
    "keep management events at ReadWriteType All, and start it with aws cloudtrail start-logging.",
  evaluate: evaluateTrails,
};

function evaluateTrails(inventory: Inventory): Finding[] {
  const scope = accountScope(inventory);
  const part = readGlobalPart(multiRegionLogging, "cloudtrail", inventory.parts.cloudtrail, scope);
  if (!part.ok) return [part.finding];

  const assessments = part.value.trails.map(assessTrail);

  const passing = assessments.find((a) => a.gaps.length === 0 && a.unknowns.length === 0);
  if (passing !== undefined) {
    return [passFinding(multiRegionLogging, passing.trail, inventory.accountId)];
  }

  const unreadListings = listingErrors(part.value, inventory.regions);
  const undecided = assessments.filter((a) => a.gaps.length === 0 && a.unknowns.length > 0);
  const unknowns = [...unreadListings, ...undecided.flatMap((a) => a.unknowns)];
  if (unknowns.length > 0) {
    return [unknownFinding(multiRegionLogging, scope, assessments, unknowns, inventory.accountId)];
  }

  return [failFinding(multiRegionLogging, scope, assessments, inventory)];
}

/** Builds the account-wide scope used when no single trail carries the verdict. */
function accountScope(inventory: Inventory): ResourceRef {
  const region = inventory.regions[0] ?? "us-east-1";
  return {
    arn: `arn:aws:cloudtrail:${region}:${inventory.accountId}:trail/*`,
    type: "AWS::CloudTrail::Trail",
    region,
    name: `CloudTrail in account ${inventory.accountId}`,
  };
}

/** Returns the DescribeTrails calls that failed or were not made, because a trail could hide behind each. */
function listingErrors(cloudtrail: CloudTrailInventory, regions: string[]): CollectionError[] {
  return regions.flatMap((region): CollectionError[] => {
    const listing = cloudtrail.trailArnsByRegion[region];
    if (listing === undefined) {
      return [
        {
          kind: "other",
          service: "cloudtrail",
          operation: "DescribeTrails",
          region,
          action: "cloudtrail:DescribeTrails",
          code: "NotCollected",
          message: "the trails of this region were not read",
        },
      ];
    }
    return listing.ok ? [] : [listing.error];
  });
}
