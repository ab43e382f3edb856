import { describe, expect, it } from "vitest";
import { diffBaseline } from "../../../src/baseline/diff.js";
import type { BaselineReport } from "../../../src/baseline/load.js";
import type { Finding } from "../../../src/checks/check.js";
import { bucketFinding } from "../suppressions/suppression-fixture.js";

function baseline(findings: Finding[]): BaselineReport {
  return {
    path: "previous.json",
    startedAt: "2026-05-01T10:00:00.000Z",
    accountId: "123456789012",
    findings: findings.map((finding) => ({
      id: finding.id,
      controlId: finding.checkId,
      status: finding.status,
      severity: finding.severity,
      resource: finding.resource,
    })),
  };
}

function diff(
  before: Finding[],
  now: Finding[],
  regions = ["eu-west-1"],
  suppressed: string[] = [],
) {
  const ids = (list: { id: string }[]) => list.map((entry) => entry.id.replace(/^.*:::/, ""));
  const result = diffBaseline(baseline(before), {
    findings: now,
    regions,
    suppressedIds: new Set(suppressed),
  });
  return {
    new: ids(result.new),
    fixed: ids(result.fixed),
    unchanged: ids(result.unchanged),
    unverified: ids(result.unverified),
    result,
  };
}

describe("baseline diff", () => {
  it("classifies a new failure", () => {
    expect(diff([], [bucketFinding("logs")]).new).toEqual(["logs"]);
  });

  it("classifies an unchanged failure", () => {
    expect(diff([bucketFinding("logs")], [bucketFinding("logs")]).unchanged).toEqual(["logs"]);
  });

  it("classifies a now passing finding as fixed", () => {
    expect(diff([bucketFinding("logs")], [bucketFinding("logs", "pass")]).fixed).toEqual(["logs"]);
  });

  it("classifies a deleted resource as fixed", () => {
    const result = diff([bucketFinding("logs")], [bucketFinding("assets", "pass")]);

    expect(result.fixed).toEqual(["logs"]);
  });

  it("never calls an error fixed", () => {
    const result = diff([bucketFinding("logs")], [bucketFinding("logs", "error")]);

    expect(result.unverified).toEqual(["logs"]);
    expect(result.fixed).toEqual([]);
  });

  it("leaves an unaudited region unverified", () => {
    const elsewhere = {
      ...bucketFinding("logs"),
      resource: { ...bucketFinding("logs").resource, region: "us-west-2" },
    };

    expect(diff([elsewhere], [bucketFinding("assets", "pass")]).unverified).toEqual(["logs"]);
  });

  it("leaves a control that did not run unverified", () => {
    expect(diff([bucketFinding("logs")], []).unverified).toEqual(["logs"]);
  });

  it("ignores findings that passed before", () => {
    const result = diff([bucketFinding("logs", "pass")], [bucketFinding("logs", "pass")]);

    expect([...result.new, ...result.fixed, ...result.unchanged, ...result.unverified]).toEqual([]);
  });

  it("marks suppressed new failures", () => {
    const finding = bucketFinding("logs");

    expect(diff([], [finding], undefined, [finding.id]).result.new[0]?.suppressed).toBe(true);
  });
});
