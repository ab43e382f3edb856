import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error The generator script is plain JavaScript without type declarations.
import { generateReportSchema } from "../../../scripts/generate-schema.mjs";

describe("report schema", () => {
  it("matches the AuditReport type", () => {
    const committed = readFileSync("docs/report.schema.json", "utf8");

    expect(committed, "docs/report.schema.json is stale: run npm run schema").toBe(
      (generateReportSchema as () => string)(),
    );
  }, 30_000);
});
