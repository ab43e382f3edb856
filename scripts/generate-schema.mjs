// Writes docs/report.schema.json from the AuditReport type, so the schema cannot drift from the code.
import { writeFileSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";

export function generateReportSchema() {
  const generator = createGenerator({
    path: "src/report/report-types.ts",
    tsconfig: "tsconfig.json",
    type: "AuditReport",
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const schema = generator.createSchema("AuditReport");
  schema.title = "threat-audit JSON report, version 1";
  return JSON.stringify(schema, null, 2) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync("docs/report.schema.json", generateReportSchema());
  console.log("wrote docs/report.schema.json");
}
