import type { Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { toString } from "mdast-util-to-string";
import { gfmTable } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import { MARKDOWN_ROW_LIMIT, renderMarkdown } from "../../../src/report/markdown.js";
import { escapeCell } from "../../../src/report/markdown-cells.js";
import type { ReportSuppressionEntry } from "../../../src/report/report-types.js";
import { reportFinding, reportFixture } from "./report-fixture.js";

/** Parses Markdown as GitHub does and returns each table's rows as cell texts. */
function tables(markdown: string): string[][][] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  return tree.children
    .filter((node): node is Table => node.type === "table")
    .map((table) => table.children.map((row) => row.children.map((cell) => toString(cell))));
}

const ENTRY: ReportSuppressionEntry = {
  control: "rds.tls-required",
  resource: "arn:aws:rds:eu-west-1:123456789012:cluster:old-*",
  reason: "Decommissioned.",
  line: 3,
  expires: "2026-01-31",
};

describe("Markdown writer", () => {
  it("lists each threat's verdict", () => {
    const [threats] = tables(renderMarkdown(reportFixture([reportFinding("orders", "fail")])));

    expect(threats?.[1]).toEqual([
      "T001",
      "PII over an unencrypted database connection",
      "high",
      "OPEN",
    ]);
  });

  it("keeps pipes and line breaks inside a cell", () => {
    const reason = "Listener | port 80\nforwards plain HTTP.";
    const report = reportFixture([reportFinding("orders", "fail", { reason })]);
    const [, failing] = tables(renderMarkdown(report));

    expect(failing?.[1]?.length).toBe(4);
    expect(failing?.[1]?.[3]).toBe("Listener | port 80<br>forwards plain HTTP.");
  });

  it("caps failing findings with a count", () => {
    const findings = Array.from({ length: MARKDOWN_ROW_LIMIT + 3 }, (_, index) =>
      reportFinding(`db-${index}`, "fail"),
    );
    const markdown = renderMarkdown(reportFixture(findings));

    expect(tables(markdown)[1]?.length).toBe(MARKDOWN_ROW_LIMIT + 1);
    expect(markdown).toContain("…and 3 more; see the JSON report.");
  });

  it("lists errors separately", () => {
    const markdown = renderMarkdown(reportFixture([reportFinding("billing", "error")]));

    expect(markdown).toContain("### Controls that could not be evaluated (1)");
  });

  it("leaves suppressed findings out of failing", () => {
    const suppressed = reportFinding("legacy", "fail", { suppression: { reason: "Retired." } });
    const markdown = renderMarkdown(reportFixture([suppressed]));

    expect(markdown).not.toContain("### Failing findings");
  });

  it("shows expired and stale entries", () => {
    const report = reportFixture([], {
      suppressions: {
        file: ".threat-audit.yml",
        entries: 2,
        applied: 0,
        expired: [ENTRY],
        stale: [{ ...ENTRY, line: 8, expires: "2027-01-31" }],
        withoutExpiry: [],
      },
    });
    const markdown = renderMarkdown(report);

    expect(markdown).toContain("#### Expired entries");
    expect(markdown).toContain("#### Stale entries");
  });

  it("shows the baseline diff", () => {
    const finding = reportFinding("orders", "fail");
    const entry = {
      id: finding.id,
      controlId: finding.controlId,
      severity: finding.severity,
      resourceArn: finding.resource.arn,
    };
    const report = reportFixture([finding], {
      baseline: {
        file: "previous.json",
        startedAt: "2026-05-01T10:00:00.000Z",
        new: [entry],
        fixed: [],
        unchanged: [],
        unverified: [],
      },
    });

    expect(renderMarkdown(report)).toContain("1 new, 0 fixed, 0 unchanged, 0 not judged again.");
  });
});

describe("Markdown cell escaping", () => {
  it("escapes a pipe", () => {
    expect(escapeCell("a|b")).toBe("a\\|b");
  });

  it("turns line breaks into br", () => {
    expect(escapeCell("a\r\nb\nc")).toBe("a<br>b<br>c");
  });

  it("escapes HTML", () => {
    expect(escapeCell("<script>&")).toBe("&lt;script&gt;&amp;");
  });
});
