import { describe, expect, it } from "vitest";
import {
  applyFilters,
  indexReport,
  NO_FILTERS,
  UNMAPPED_ENTRY_ID,
  type Filters,
} from "../../../src/ui/report-model.js";
import { findingFixture, reportFixture } from "./report-fixture.js";

function visibleIds(filters: Partial<Filters>, report = reportFixture()): string[] {
  return applyFilters(indexReport(report), { ...NO_FILTERS, ...filters }).map(
    (item) => item.entry.id,
  );
}

describe("indexReport", () => {
  it("lists threats in report order", () => {
    expect(indexReport(reportFixture()).map((entry) => entry.id)).toEqual([
      "T001",
      "T002",
      "T003",
      "T004",
    ]);
  });

  it("sorts failing findings first", () => {
    const report = reportFixture([
      findingFixture({ arn: "arn:aws:rds:eu-west-1:1:cluster:a", status: "pass" }),
      findingFixture({ arn: "arn:aws:rds:eu-west-1:1:cluster:b", status: "error" }),
      findingFixture({ arn: "arn:aws:rds:eu-west-1:1:cluster:c", status: "fail" }),
    ]);

    expect(indexReport(report)[0]?.findings.map((finding) => finding.status)).toEqual([
      "fail",
      "error",
      "pass",
    ]);
  });

  it("sorts suppressed failures after errors", () => {
    const report = reportFixture([
      findingFixture({
        arn: "arn:aws:rds:eu-west-1:1:cluster:a",
        suppression: { reason: "Accepted." },
      }),
      findingFixture({ arn: "arn:aws:rds:eu-west-1:1:cluster:b", status: "error" }),
    ]);

    expect(indexReport(report)[0]?.findings.map((finding) => finding.status)).toEqual([
      "error",
      "fail",
    ]);
  });

  it("gathers findings of no threat", () => {
    const report = reportFixture([findingFixture({ threats: [] })]);

    expect(indexReport(report).at(-1)?.id).toBe(UNMAPPED_ENTRY_ID);
  });
});

describe("applyFilters", () => {
  it("shows every threat without filters", () => {
    expect(visibleIds({})).toEqual(["T001", "T002", "T003", "T004"]);
  });

  it("text matches the resource ARN", () => {
    expect(visibleIds({ text: "webshop-assets" })).toEqual(["T003"]);
  });

  it("text matches case-insensitively", () => {
    expect(visibleIds({ text: "LISTENER" })).toEqual(["T002"]);
  });

  it("text matching a threat title keeps its findings", () => {
    expect(visibleIds({ text: "public assets" })).toEqual(["T003"]);
  });

  it("failing only keeps failing findings", () => {
    expect(visibleIds({ failingOnly: true })).toEqual(["T001"]);
  });

  it("failing only drops suppressed failures", () => {
    const report = reportFixture([findingFixture({ suppression: { reason: "Accepted." } })]);

    expect(visibleIds({ failingOnly: true }, report)).toEqual([]);
  });

  it("severity floor keeps findings at or above it", () => {
    expect(visibleIds({ severityFloor: "high" })).toEqual(["T001", "T003"]);
  });

  it("counts failing findings per threat", () => {
    const [first] = applyFilters(indexReport(reportFixture()), NO_FILTERS);

    expect(first?.failing).toBe(1);
  });
});
