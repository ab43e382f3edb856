import { describe, expect, it } from "vitest";
import { parseMarkdownModel } from "../../../src/threats/model/markdown/parse-markdown.js";
import { parseFixture, threatById, userErrorOf } from "./threat-helpers.js";

describe("Markdown threat model variants", () => {
  describe("reordered fields and plain labels", () => {
    const model = parseFixture("reordered-fields.md");
    const t101 = threatById(model.threats, "T101");
    const t102 = threatById(model.threats, "T102");

    it("reads the title after a dash", () => {
      expect(t101.title).toBe("Card data sent to the database in clear text");
    });

    it("reads a title after an em dash", () => {
      expect(t102.title).toBe("Public order exports");
    });

    it("reads an upper-case severity given last", () => {
      expect(t101.severity).toBe("high");
    });

    it("reads a score out of ten", () => {
      expect(t101.score).toBe(7.5);
    });

    it("spells STRIDE letters out", () => {
      expect(t101.stride).toEqual(["Information Disclosure", "Tampering"]);
    });

    it("splits inline components at commas outside brackets", () => {
      expect(t101.affectedComponents).toEqual([
        "Payments API (ECS)",
        "Orders database (Aurora PostgreSQL)",
      ]);
    });

    it("reads a bold label with the colon outside", () => {
      expect(t101.recommendedActions).toBe("Require TLS on every database connection.");
    });

    it("reads components from a list", () => {
      expect(t102.affectedComponents).toEqual(["Exports bucket (S3)"]);
    });

    it("reads references from a list", () => {
      expect(t102.references).toEqual(["CWE-284", "ASVS V4.1.1"]);
    });

    it("unwraps a wrapped paragraph", () => {
      expect(t102.why).toBe("Exports land in a bucket that may be readable by anyone.");
    });

    it("records the heading line", () => {
      expect(t102.line).toBe(12);
    });
  });

  describe("nested headings, list fields and tables", () => {
    const model = parseFixture("nested-headings.md");
    const t201 = threatById(model.threats, "T201");
    const t202 = threatById(model.threats, "T202");

    it("finds threats at heading level 4 after the word Threat", () => {
      expect(model.threats.map((threat) => threat.id)).toEqual(["T201", "T202"]);
    });

    it("reads labels inside list items", () => {
      expect(t201.affectedComponents).toEqual(["CloudFront", "Application Load Balancer"]);
    });

    it("reads a field given as a sub-heading", () => {
      expect(t201.recommendedActions).toBe(
        "- Add a rate-based rule to the web ACL of the load balancer.\n" +
          "- Add one to the distribution's web ACL.",
      );
    });

    it("skips an extra section", () => {
      expect(t201.why).toBeUndefined();
    });

    it("reads fields from a table", () => {
      expect(t202.affectedComponents).toEqual(["Lambda Worker"]);
    });

    it("reads the severity from a table", () => {
      expect(t202.severity).toBe("low");
    });

    it("ignores sections after the threats", () => {
      expect(model.threats).toHaveLength(2);
    });
  });

  describe("missing optional fields", () => {
    const model = parseFixture("optional-fields.md");

    it("reports a missing severity as medium", () => {
      expect(threatById(model.threats, "T301").severity).toBe("medium");
    });

    it("warns about the missing severity with its line", () => {
      expect(model.warnings).toEqual([
        "optional-fields.md:3: threat T301 has no severity, so it is reported as medium.",
      ]);
    });

    it("leaves recommended actions empty", () => {
      expect(threatById(model.threats, "T302").recommendedActions).toBe("");
    });

    it("leaves STRIDE empty", () => {
      expect(threatById(model.threats, "T302").stride).toEqual([]);
    });
  });

  describe("summary table", () => {
    const model = parseFixture("summary-only.md");

    it("keeps the table's order", () => {
      expect(model.threats.map((threat) => threat.id)).toEqual(["T601", "T602"]);
    });

    it("takes a threat listed only in the table", () => {
      expect(threatById(model.threats, "T601").title).toBe("Data exposure over plain HTTP");
    });

    it("fills a section's severity from the table", () => {
      expect(threatById(model.threats, "T602").severity).toBe("medium");
    });

    it("fills a section's score from the table", () => {
      expect(threatById(model.threats, "T602").score).toBe(5);
    });

    it("keeps the section's fields", () => {
      expect(threatById(model.threats, "T602").references).toEqual(["CWE-284"]);
    });
  });

  describe("errors", () => {
    it("rejects a duplicate id with both lines", () => {
      const error = userErrorOf(() => parseFixture("duplicate-id.md"));

      expect(error.message).toBe(
        "duplicate-id.md:5: threat id T401 is used again; line 1 has it first.",
      );
    });

    it("rejects a missing title with the heading line", () => {
      const error = userErrorOf(() => parseFixture("missing-title.md"));

      expect(error.message).toBe("missing-title.md:5: threat T502 has no title.");
    });

    it("says how to add a title", () => {
      const error = userErrorOf(() => parseFixture("missing-title.md"));

      expect(error.fix).toContain("### T011: Title");
    });

    it("rejects a threat section without an id", () => {
      const error = userErrorOf(() => parseFixture("missing-id.md"));

      expect(error.message).toBe(
        'missing-id.md:3: The threat "Lack of multi-factor authentication" has no id.',
      );
    });

    it("rejects an unknown severity with its line", () => {
      const error = userErrorOf(() => parseFixture("bad-severity.md"));

      expect(error.message).toMatch(/^bad-severity\.md:3: threat T701 has the severity "Severe"/);
    });

    it("rejects a document without threats", () => {
      const error = userErrorOf(() => parseThreatModelText("# Notes\n\nNothing here.\n"));

      expect(error.message).toBe("empty.md: no threat found.");
    });
  });
});

function parseThreatModelText(text: string) {
  return parseMarkdownModel("empty.md", text);
}
