import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/threats/mapping/knowledge-base.js";

const TABLE_ROWS = readFileSync("docs/threat-model-format.md", "utf8")
  .split("\n")
  .filter((line) => line.startsWith("| CWE-"));

describe("threat model format doc", () => {
  it.each(KNOWLEDGE_BASE.map((rule) => [rule.cwe, rule.control]))(
    "lists %s with %s",
    (cwe, control) => {
      const rows = TABLE_ROWS.filter((row) => row.startsWith(`| ${cwe} `));

      expect(rows.some((row) => row.includes(`\`${control}\``))).toBe(true);
    },
  );
});
