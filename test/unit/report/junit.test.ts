import { describe, expect, it } from "vitest";
import { renderJunit } from "../../../src/report/junit.js";
import { escapeXml } from "../../../src/report/xml.js";
import { parseJunit } from "./junit-xml.js";
import { reportFinding, reportFixture } from "./report-fixture.js";

const REPORT = reportFixture([
  reportFinding("orders", "fail"),
  reportFinding("billing", "error"),
  reportFinding("catalog", "pass"),
  reportFinding("reports", "manual"),
  reportFinding("legacy", "fail", { suppression: { reason: "Retired in Q3." } }),
]);

function testCase(name: string) {
  const [suite] = parseJunit(renderJunit(REPORT));
  return suite?.testcase.find((test) => test["@_name"].endsWith(`:cluster:${name}`));
}

describe("JUnit writer", () => {
  it("writes one suite per threat", () => {
    const suites = parseJunit(renderJunit(REPORT));

    expect(suites.map((suite) => suite["@_name"])).toEqual([
      "T001 PII over an unencrypted database connection",
    ]);
  });

  it("counts tests by outcome", () => {
    const [suite] = parseJunit(renderJunit(REPORT));

    expect(suite?.["@_tests"]).toBe("5");
    expect(suite?.["@_failures"]).toBe("1");
    expect(suite?.["@_errors"]).toBe("1");
    expect(suite?.["@_skipped"]).toBe("2");
  });

  it("names cases by control and ARN", () => {
    expect(testCase("orders")?.["@_classname"]).toBe("rds.tls-required");
    expect(testCase("orders")?.["@_name"]).toBe(
      "arn:aws:rds:eu-west-1:123456789012:cluster:orders",
    );
  });

  it("fails a failing finding", () => {
    expect(testCase("orders")?.failure?.["@_message"]).toBe("Cluster orders is fail.");
  });

  it("errors an error finding", () => {
    expect(testCase("billing")?.error?.["@_message"]).toBe("Cluster billing is error.");
  });

  it("skips a manual finding", () => {
    expect(testCase("reports")?.skipped?.["@_message"]).toBe("Cluster reports is manual.");
  });

  it("skips a suppressed finding", () => {
    expect(testCase("legacy")?.skipped?.["@_message"]).toBe("suppressed: Retired in Q3.");
  });

  it("passes a passing finding", () => {
    const passing = testCase("catalog");

    expect(passing).toBeDefined();
    expect(passing?.failure ?? passing?.error ?? passing?.skipped).toBeUndefined();
  });

  it("escapes markup in values", () => {
    const reason = `Policy <Statement> has "Principal": '*' & no condition.\nFix it.`;
    const report = reportFixture([reportFinding("orders", "fail", { reason })]);
    const [suite] = parseJunit(renderJunit(report));

    expect(suite?.testcase[0]?.failure?.["@_message"]).toBe(reason);
  });
});

describe("XML escaping", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });

  it("keeps line breaks as references", () => {
    expect(escapeXml("one\ntwo")).toBe("one&#10;two");
  });

  it("replaces characters XML cannot hold", () => {
    expect(escapeXml("bell\u0007 lone\uD800")).toBe("bell\uFFFD lone\uFFFD");
  });

  it("keeps surrogate pairs", () => {
    expect(escapeXml("lock 🔒")).toBe("lock 🔒");
  });
});
