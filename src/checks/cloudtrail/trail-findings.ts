import type { CollectionError } from "../../collect/collected.js";
import type { Inventory, Trail } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { finding } from "../finding.js";
import { trailEvidence, type TrailAssessment } from "./trail-assessment.js";

/** Builds the finding for a trail that satisfies the control, which is the verdict for the account. */
export function passFinding(check: Check, trail: Trail, accountId: string): Finding {
  const resource = {
    arn: trail.arn,
    type: "AWS::CloudTrail::Trail",
    region: trail.homeRegion,
    name: trail.name,
  };
  const coverage = trail.isOrganizationTrail
    ? ` It is an organization trail, so it also records account ${accountId}.`
    : "";
  const reason =
    `Trail ${trail.name} (${trail.arn}, home region ${trail.homeRegion}) is a multi-region ` +
    `trail that is logging, validates its log files and records read and write management ` +
    `events.${coverage}`;
  return finding(check, resource, "pass", reason, trailEvidence(trail));
}

/** Builds the finding for when no trail passes but a failed read could hide one that does. */
export function unknownFinding(
  check: Check,
  scope: ResourceRef,
  assessments: TrailAssessment[],
  unknowns: CollectionError[],
  accountId: string,
): Finding {
  const failedReads = unknowns.map(describeFailedRead).join(" ");
  const actions = [...new Set(unknowns.map((error) => error.action))].join(", ");
  const reason =
    `Whether a multi-region trail records the management events of account ` +
    `${accountId} is unknown: no trail that could be read qualifies, and reads that could ` +
    `show one failed. ${failedReads} Grant ${actions} to the audit role and run the audit again.`;

  const evidence = { Trails: assessments.map((a) => trailEvidence(a.trail)) };
  return { ...finding(check, scope, "error", reason, evidence), error: unknowns[0] };
}

/** Builds the finding for when every trail was read and none satisfies the control. */
export function failFinding(
  check: Check,
  scope: ResourceRef,
  assessments: TrailAssessment[],
  inventory: Inventory,
): Finding {
  const evidence = { Trails: assessments.map((a) => trailEvidence(a.trail)) };

  if (assessments.length === 0) {
    const reason =
      `DescribeTrails returned no trail in ${inventory.regions.join(", ")}, so API activity in account ` +
      `${inventory.accountId} is not recorded. Create a multi-region trail with log file ` +
      `validation (aws cloudtrail create-trail --is-multi-region-trail ` +
      `--enable-log-file-validation) and start it with aws cloudtrail start-logging.`;
    return finding(check, scope, "fail", reason, evidence);
  }

  const shortfalls = assessments
    .map(({ trail, gaps }) => `Trail ${trail.name} (${trail.arn}) ${joinPhrases(gaps)}.`)
    .join(" ");
  const reason =
    `No trail is a logging multi-region trail with log file validation that records read and ` +
    `write management events. ${shortfalls} Fix one trail: run aws cloudtrail update-trail ` +
    `--name <trail> --is-multi-region-trail --enable-log-file-validation, record management events with ` +
    `ReadWriteType All (aws cloudtrail put-event-selectors), and start it with aws cloudtrail ` +
    `start-logging --name <trail>.`;
  return finding(check, scope, "fail", reason, evidence);
}

function describeFailedRead(error: CollectionError): string {
  const subject = error.resource === undefined ? "" : ` for ${error.resource}`;
  return `${error.operation}${subject} in ${error.region} failed (${error.code}: ${error.message}).`;
}

function joinPhrases(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
}
