import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { buildReport } from "../../../src/report/build-report.js";
import { renderText } from "../../../src/report/text.js";
import type { ResourceScope } from "../../../src/threats/threat.js";
import { judgeThreat } from "../../../src/threats/verdict.js";
import { findingFixture, threatFixture } from "./threat-helpers.js";

const KNOWN = new Set(CHECKS.map((check) => check.id));

const SCOPE: ResourceScope = {
  component: "S3 Bucket (assets)",
  resourceTypes: ["AWS::S3::Bucket"],
  patterns: ["webshop-assets"],
};

function traceReport(options: { passing?: boolean } = {}) {
  const assets = findingFixture("s3.tls-only-policy", options.passing === true ? "pass" : "fail");
  const findings = [
    { ...assets, evidence: { Policy: null, Deny: false } },
    findingFixture("s3.tls-only-policy", "fail", {
      arn: "arn:aws:s3:::webshop-logs",
      name: "webshop-logs",
    }),
  ];
  const scoped = threatFixture({
    id: "T004",
    controls: ["s3.tls-only-policy"],
    mappedBy: { "s3.tls-only-policy": "CWE-284 on the bucket S3 Bucket (assets)" },
    scopes: [SCOPE],
  });
  const manual = threatFixture({ id: "T011", recommendedActions: "Rotate the signing keys." });
  return buildReport({
    version: "0.0.0",
    mode: "offline",
    startedAt: "2026-01-01T00:00:00.000Z",
    durationMs: 1,
    failOn: "high",
    exitCode: 1,
    inventory: {
      inventoryVersion: 1,
      collectedAt: "2026-01-01T00:00:00.000Z",
      accountId: "123456789012",
      regions: ["eu-west-1"],
      parts: {},
    },
    checks: CHECKS,
    findings,
    verdicts: [judgeThreat(scoped, findings, KNOWN), judgeThreat(manual, findings, KNOWN)],
    callsByOperation: {},
  });
}

describe("report trace", () => {
  const report = traceReport();
  const control = report.threats[0]?.controls[0];

  it("lists the deciding findings per control", () => {
    expect(control?.findings).toEqual(["s3.tls-only-policy:arn:aws:s3:::webshop-assets"]);
  });

  it("says what mapped the control", () => {
    expect(control?.mappedBy).toBe("CWE-284 on the bucket S3 Bucket (assets)");
  });

  it("lists the findings the scope left out", () => {
    expect(report.threats[0]?.excludedFindings).toEqual([
      "s3.tls-only-policy:arn:aws:s3:::webshop-logs",
    ]);
  });

  it("drops the threat from an excluded finding", () => {
    const excluded = report.findings.find((finding) => finding.resource.name === "webshop-logs");

    expect(excluded?.threats).toEqual([]);
  });

  it("counts manual threats", () => {
    expect(report.summary.threats.manual).toBe(1);
  });

  it("prints the evidence of a failing finding", () => {
    expect(renderText(report)).toContain("Evidence: Policy=null, Deny=false");
  });

  it("prints what to verify by hand", () => {
    expect(renderText(report)).toContain("Verify by hand: Rotate the signing keys.");
  });

  it("prints the scope", () => {
    expect(renderText(report)).toContain("Scope: S3 Bucket (assets) limited to webshop-assets");
  });

  it("names the passing resources in scope", () => {
    const passing = traceReport({ passing: true });

    expect(renderText(passing)).toContain("             PASS   webshop-assets\n");
  });

  it("leaves an excluded finding out of the text", () => {
    expect(renderText(report)).not.toContain("arn:aws:s3:::webshop-logs");
  });
});
