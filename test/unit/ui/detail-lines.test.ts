import { describe, expect, it } from "vitest";
import { detailLines } from "../../../src/ui/detail-lines.js";
import { CLUSTER_ARN, findingFixture } from "./report-fixture.js";

function textOf(lines: { text: string }[]): string {
  return lines.map((line) => line.text).join("\n");
}

describe("detailLines", () => {
  it("starts with status, severity and control", () => {
    expect(detailLines(findingFixture({}), undefined, 80)[0]?.text).toBe(
      "✗ FAIL · high · rds.tls-required",
    );
  });

  it("shows the ARN", () => {
    expect(textOf(detailLines(findingFixture({}), undefined, 80))).toContain(
      `ARN          ${CLUSTER_ARN}`,
    );
  });

  it("wraps every line to the width", () => {
    const lines = detailLines(findingFixture({}), "Aurora requires TLS", 30);

    expect(Math.max(...lines.map((line) => line.text.length))).toBeLessThanOrEqual(30);
  });

  it("writes non-string evidence as JSON", () => {
    const finding = findingFixture({ evidence: { Listeners: [{ Port: 80 }] } });

    expect(textOf(detailLines(finding, undefined, 80))).toContain('Listeners: [{"Port":80}]');
  });

  it("lists the references", () => {
    const text = textOf(detailLines(findingFixture({}), undefined, 80));

    expect(text).toContain("CWE          CWE-319");
    expect(text).toContain("ASVS         9.2.2");
    expect(text).toContain("Security Hub RDS.35");
  });

  it("shows the failed call of an error", () => {
    const finding = findingFixture({
      status: "error",
      error: {
        kind: "access_denied",
        service: "rds",
        operation: "DescribeDBClusters",
        region: "eu-west-1",
        action: "rds:DescribeDBClusters",
        code: "AccessDenied",
        message: "not authorized",
      },
    });

    expect(textOf(detailLines(finding, undefined, 120))).toContain(
      "rds:DescribeDBClusters in eu-west-1 failed with AccessDenied: not authorized",
    );
  });

  it("shows an accepted risk", () => {
    const finding = findingFixture({
      suppression: { reason: "Legacy client.", owner: "db-team", expires: "2026-12-31" },
    });
    const lines = detailLines(finding, undefined, 120);

    expect(lines[0]?.text).toContain("SUPPR");
    expect(textOf(lines)).toContain("Legacy client. Owner: db-team. Expires after 2026-12-31.");
  });
});
