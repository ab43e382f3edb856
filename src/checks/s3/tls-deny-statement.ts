import type { S3Bucket } from "../../collect/inventory.js";
import type { Condition, Statement } from "../../policy/index.js";
import { coversArn, coversEveryObject } from "./resource-patterns.js";

const SECURE_TRANSPORT = "aws:securetransport";
const BOOL_OPERATORS = new Set(["Bool", "BoolIfExists"]);
const ALL_S3_ACTIONS = new Set(["s3:*", "*"]);

/** A Deny statement on aws:SecureTransport and what keeps it from denying every request without TLS. */
export interface TlsDenyJudgement {
  statement: string;
  /** Full sentences; empty when the statement denies every request without TLS. */
  shortfalls: string[];
}

/** True for a Deny statement with a condition on aws:SecureTransport, whatever its other elements. */
export function isTlsDenyCandidate(statement: Statement): boolean {
  return (
    statement.effect === "Deny" &&
    statement.conditions.some((condition) => condition.key === SECURE_TRANSPORT)
  );
}

/**
 * Judges whether a Deny statement on aws:SecureTransport denies every request without TLS: Bool or
 * BoolIfExists on "false", no other condition, principal `*`, action `s3:*` or `*`, and resources
 * covering the bucket and all its objects.
 */
export function judgeTlsDeny(statement: Statement, bucket: S3Bucket): TlsDenyJudgement {
  const shortfalls = [
    ...conditionShortfalls(statement.conditions),
    ...principalShortfalls(statement),
    ...actionShortfalls(statement),
    ...resourceShortfalls(statement, bucket),
  ];
  return { statement: label(statement), shortfalls };
}

function conditionShortfalls(conditions: Condition[]): string[] {
  const shortfalls: string[] = [];

  for (const condition of conditions) {
    if (condition.key !== SECURE_TRANSPORT) {
      shortfalls.push(
        `It also requires ${condition.operator} on ${condition.originalKey}, so requests without TLS that do not match it are not denied.`,
      );
      continue;
    }
    if (!BOOL_OPERATORS.has(condition.operator)) {
      shortfalls.push(
        `It tests ${condition.originalKey} with ${condition.operator}, not with Bool or BoolIfExists.`,
      );
    }
    if (!condition.values.some((value) => value.toLowerCase() === "false")) {
      shortfalls.push(
        `It matches ${condition.originalKey} ${JSON.stringify(condition.values)}, not "false".`,
      );
    }
  }

  return shortfalls;
}

function principalShortfalls(statement: Statement): string[] {
  const principal = statement.principal;
  const everyone =
    principal !== undefined &&
    !principal.negated &&
    principal.principals.some((entry) => entry.value === "*");

  if (everyone) return [];
  const element =
    principal === undefined
      ? "no principal"
      : `${principal.negated ? "NotPrincipal" : "Principal"} ${JSON.stringify(principal.raw)}`;
  return [`It names ${element} instead of every principal ("*").`];
}

function actionShortfalls(statement: Statement): string[] {
  const { negated, values } = statement.action;
  if (!negated && values.some((value) => ALL_S3_ACTIONS.has(value.toLowerCase()))) return [];

  return [
    `It denies ${negated ? "NotAction " : ""}${JSON.stringify(values)} instead of every S3 action (s3:*).`,
  ];
}

function resourceShortfalls(statement: Statement, bucket: S3Bucket): string[] {
  const resource = statement.resource;
  if (resource === undefined || resource.negated) {
    return ["It uses NotResource or no Resource, so the resources it covers cannot be confirmed."];
  }

  const shortfalls: string[] = [];
  if (!coversArn(resource.values, bucket.arn)) {
    shortfalls.push(
      `Its resources ${JSON.stringify(resource.values)} do not cover the bucket ${bucket.arn}.`,
    );
  }
  if (!coversEveryObject(resource.values, bucket.arn)) {
    shortfalls.push(
      `Its resources ${JSON.stringify(resource.values)} do not cover every object (${bucket.arn}/*).`,
    );
  }
  return shortfalls;
}

function label(statement: Statement): string {
  const position = `Statement ${statement.index}`;
  return statement.sid === undefined || statement.sid === ""
    ? position
    : `${position} ("${statement.sid}")`;
}
