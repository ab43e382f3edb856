import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Finding } from "../../../src/checks/check.js";
import { parseThreatModel } from "../../../src/threats/model/load-model.js";
import type { ModelThreat, ThreatModel } from "../../../src/threats/model/threat-model.js";
import type { Threat } from "../../../src/threats/threat.js";
import { UserError } from "../../../src/user-error.js";

const FIXTURES = join("test", "unit", "threats", "fixtures");

/** Returns the text of a fixture file under test/unit/threats/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Parses a fixture threat model, naming it by its file name in messages. */
export function parseFixture(name: string): ThreatModel {
  return parseThreatModel(name, fixtureText(name));
}

/** Returns the threat with `id`, failing the test when the model has none. */
export function threatById<T extends { id: string }>(threats: T[], id: string): T {
  const threat = threats.find((candidate) => candidate.id === id);
  if (threat === undefined)
    throw new Error(`no threat ${id} in ${threats.map((t) => t.id).join(", ")}`);
  return threat;
}

/** Runs `parse` and returns the UserError it throws, failing the test when it throws none. */
export function userErrorOf(parse: () => unknown): UserError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError, but parsing succeeded");
}

/** Drops the file line from parsed threats, to compare them with expected values. */
export function withoutLines(threats: ModelThreat[]): Omit<ModelThreat, "line">[] {
  return threats.map((threat) => {
    const copy: Partial<ModelThreat> = { ...threat };
    delete copy.line;
    return copy as Omit<ModelThreat, "line">;
  });
}

/** Builds a threat with test defaults, overridden by `overrides`. */
export function threatFixture(overrides: Partial<Threat> = {}): Threat {
  return {
    id: "T900",
    title: "Test threat",
    severity: "medium",
    stride: [],
    affectedComponents: [],
    references: [],
    recommendedActions: "Check it by hand.",
    controls: [],
    ...overrides,
  };
}

/** Builds a finding of `checkId` about a bucket, or about `resource`; ids are `<check>:<ARN>`. */
export function findingFixture(
  checkId: string,
  status: Finding["status"],
  resource: Partial<Finding["resource"]> = {},
): Finding {
  const ref = {
    arn: "arn:aws:s3:::webshop-assets",
    type: "AWS::S3::Bucket",
    region: "eu-west-1",
    name: "webshop-assets",
    ...resource,
  };
  return {
    id: `${checkId}:${ref.arn}`,
    checkId,
    status,
    severity: "medium",
    resource: ref,
    reason: "Test finding.",
    evidence: {},
  };
}
