import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSarif, sarifWriter } from "../../../src/report/sarif.js";
import { reportFinding, reportFixture } from "./report-fixture.js";

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } };
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation?: { artifactLocation: { uri: string } };
        logicalLocations: { fullyQualifiedName: string; kind: string }[];
      }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const SCHEMA = JSON.parse(
  readFileSync("test/fixtures/sarif/sarif-schema-2.1.0.json", "utf8"),
) as object;

/** Returns the schema's errors for `log`, or "" when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string {
  // NOTE: ajv-formats is not installed, so format keywords (uri, date-time) are not checked.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.validate(SCHEMA, log) ? "" : ajv.errorsText();
}

const REPORT = reportFixture([
  reportFinding("orders", "fail"),
  reportFinding("legacy", "fail", {
    suppression: { reason: "Retired in Q3.", owner: "data-team", expires: "2026-09-30" },
  }),
  reportFinding("billing", "error"),
  reportFinding("catalog", "pass"),
]);

function sarif(options = {}): SarifLog {
  return renderSarif(REPORT, options) as SarifLog;
}

describe("SARIF writer", () => {
  it("writes valid SARIF 2.1.0", () => {
    expect(sarifSchemaErrors(JSON.parse(sarifWriter.render(REPORT, {})))).toBe("");
  });

  it("schema check rejects an invalid log", () => {
    expect(sarifSchemaErrors({ version: "2.1.0", runs: [{ results: [] }] })).not.toBe("");
  });

  it("stays valid with a file location", () => {
    expect(sarifSchemaErrors(sarif({ sarifArtifact: "./infra/main template.yaml" }))).toBe("");
  });

  it("describes each control as a rule", () => {
    const [rule] = sarif().runs[0]?.tool.driver.rules ?? [];

    expect(rule?.id).toBe("rds.tls-required");
    expect(rule?.properties["security-severity"]).toBe("8.0");
    expect(rule?.properties.tags).toEqual([
      "security",
      "CWE-319",
      "external/cwe/cwe-319",
      "securityhub/RDS.36",
    ]);
  });

  it("reports failing findings only", () => {
    const results = sarif().runs[0]?.results ?? [];

    expect(results.map((result) => result.message.text)).toEqual([
      "Cluster orders is fail.",
      "Cluster legacy is fail.",
    ]);
  });

  it("maps high severity to level error", () => {
    expect(sarif().runs[0]?.results[0]?.level).toBe("error");
  });

  it("locates results by ARN", () => {
    const [location] = sarif().runs[0]?.results[0]?.locations ?? [];

    expect(location?.logicalLocations).toEqual([
      expect.objectContaining({
        fullyQualifiedName: "arn:aws:rds:eu-west-1:123456789012:cluster:orders",
        kind: "resource",
      }),
    ]);
    expect(location?.physicalLocation).toBeUndefined();
  });

  it("points at the artifact when given", () => {
    const [location] =
      sarif({ sarifArtifact: "./infra/main template.yaml" }).runs[0]?.results[0]?.locations ?? [];

    expect(location?.physicalLocation?.artifactLocation.uri).toBe("infra/main%20template.yaml");
  });

  it("fingerprints by control and ARN", () => {
    const first = sarif().runs[0]?.results[0]?.partialFingerprints;
    const again = renderSarif(reportFixture([reportFinding("orders", "fail")])) as SarifLog;

    expect(first?.["threatAuditFinding/v1"]).toMatch(/^[0-9a-f]{64}$/);
    expect(again.runs[0]?.results[0]?.partialFingerprints).toEqual(first);
  });

  it("marks suppressed findings with a justification", () => {
    expect(sarif().runs[0]?.results[1]?.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "Retired in Q3. (owner data-team, expires 2026-09-30)",
      },
    ]);
  });

  it("reports errors as notifications", () => {
    const notifications = sarif().runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];

    expect(notifications.map((notification) => notification.message.text)).toEqual([
      "Cluster billing is error.",
    ]);
  });
});
