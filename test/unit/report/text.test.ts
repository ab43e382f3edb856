import { describe, expect, it } from "vitest";
import { renderText } from "../../../src/report/text.js";
import { reportFinding, reportFixture } from "./report-fixture.js";

describe("text report", () => {
  it("shows the severity of a failing finding", () => {
    const text = renderText(reportFixture([reportFinding("orders", "fail")]));

    expect(text).toMatch(/FAIL\s+high\s+arn:aws:rds:eu-west-1:123456789012:cluster:orders/);
  });

  it("explains exit code 1 by severity", () => {
    const text = renderText(reportFixture([reportFinding("orders", "fail")]));

    expect(text).toContain(
      "Exit code 1: findings failed at or above --fail-on high (failing: 1 high).",
    );
  });

  it("explains exit code 2", () => {
    const report = reportFixture([reportFinding("orders", "error")]);
    report.run.exitCode = 2;

    expect(renderText(report)).toContain(
      "Exit code 2: the audit is incomplete, 1 findings could not be evaluated",
    );
  });

  it("explains exit code 0", () => {
    const text = renderText(reportFixture([reportFinding("orders", "pass")]));

    expect(text).toContain("Exit code 0: nothing failed at or above --fail-on high.");
  });
});
