import { describe, expect, it } from "vitest";
import { parseStructuredModel } from "../../../src/threats/model/parse-structured.js";
import { fixtureText, threatById, userErrorOf } from "./threat-helpers.js";

/** The YAML fixture without its last threat, which has no title. */
function validYaml(): string {
  const text = fixtureText("model.yaml");
  return text.slice(0, text.indexOf("  - id: T103"));
}

describe("JSON and YAML threat models", () => {
  describe("YAML", () => {
    const model = parseStructuredModel("model.yaml", validYaml());
    const t101 = threatById(model.threats, "T101");

    it("reads a snake_case key", () => {
      expect(t101.affectedComponents).toEqual([
        "Payments API (ECS)",
        "Orders database (Aurora PostgreSQL)",
      ]);
    });

    it("reads a key spelled as a Markdown label", () => {
      expect(threatById(model.threats, "T102").affectedComponents).toEqual(["Exports bucket (S3)"]);
    });

    it("splits an inline list", () => {
      expect(t101.references).toEqual(["CWE-319", "ASVS V9.2.2"]);
    });

    it("reads a numeric score", () => {
      expect(t101.score).toBe(7.5);
    });

    it("records the item line", () => {
      expect(t101.line).toBe(3);
    });

    it("rejects a missing title with the item line", () => {
      const error = userErrorOf(() =>
        parseStructuredModel("model.yaml", fixtureText("model.yaml")),
      );

      expect(error.message).toBe("model.yaml:18: threat T103 has no title.");
    });
  });

  describe("JSON", () => {
    it("rejects a duplicate id with both lines", () => {
      const error = userErrorOf(() =>
        parseStructuredModel("model.json", fixtureText("model.json")),
      );

      expect(error.message).toBe(
        "model.json:10: threat id T101 is used again; line 3 has it first.",
      );
    });

    it("reads a top-level list", () => {
      const model = parseStructuredModel(
        "list.json",
        JSON.stringify([{ id: "T1", title: "One", severity: "low" }]),
      );

      expect(model.threats.map((threat) => threat.title)).toEqual(["One"]);
    });

    it("rejects invalid syntax with the line", () => {
      const error = userErrorOf(() => parseStructuredModel("bad.json", '{\n  "threats": [\n}'));

      expect(error.message).toMatch(/^bad\.json:3: the threat model is not valid YAML or JSON/);
    });

    it("rejects a document without a threat list", () => {
      const error = userErrorOf(() => parseStructuredModel("bad.json", '{ "risks": [] }'));

      expect(error.message).toBe("bad.json:1: the threat model has no list of threats.");
    });

    it("rejects a threat that is not a mapping", () => {
      const error = userErrorOf(() => parseStructuredModel("bad.json", '{ "threats": ["T1"] }'));

      expect(error.message).toBe("bad.json:1: each threat must be a mapping of fields.");
    });
  });
});
