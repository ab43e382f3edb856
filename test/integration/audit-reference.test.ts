import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { seedReferenceDeployment } from "../../src/demo/seed/index.js";
import type { AuditReport } from "../../src/report/report-types.js";
import { motoControls } from "../../src/emulator/index.js";
import {
  auditEmulator,
  runCli,
  statusesOf,
  threatStatus,
  REGION,
  type CliResult,
} from "./run-cli.js";

const CONTROLS = [
  "rds.tls-required",
  "rds.storage-encrypted",
  "rds.log-exports",
  "elbv2.listener-https",
  "elbv2.listener-tls-policy",
  "elbv2.target-group-https",
  "elbv2.access-logs",
  "cloudfront.origin-https",
  "s3.server-access-logging",
  "s3.default-encryption-kms",
  "sqs.encryption-at-rest",
  "sns.encryption-at-rest",
  "cloudtrail.multi-region-logging",
  "ecs.task-log-configuration",
  "elbv2.alb-authentication",
  "s3.account-public-access-block",
  "s3.bucket-public-access-block",
  "s3.bucket-public-exposure",
  "s3.object-ownership-enforced",
  "s3.tls-only-policy",
  "wafv2.alb-managed-rule-groups",
  "elbv2.drop-invalid-header-fields",
  "wafv2.alb-rate-limit",
  "wafv2.cloudfront-rate-limit",
  "lambda.execution-role-least-privilege",
  "sqs.policy-not-public",
  "sns.policy-not-public",
];

/** Controls the insecure deployment passes: its queue and topic are public, not shared with one other account. */
const PASSING_IN_BOTH = ["sqs.policy-cross-account", "sns.policy-cross-account"];

const THREATS = ["T001", "T002", "T003", "T004", "T005", "T006", "T007", "T008", "T009", "T010"];

/** Asserts the control judged at least one resource and every judged resource passed. */
function expectOnlyPasses(report: AuditReport, control: string): void {
  const statuses = statusesOf(report, control);

  expect(statuses.length, `${control} judged no resource`).toBeGreaterThan(0);
  expect(statuses.filter((status) => status !== "pass")).toEqual([]);
}

function validateAgainstSchema(report: AuditReport): string {
  const schema = JSON.parse(readFileSync(join("docs", "report.schema.json"), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, report);
  return valid ? "" : ajv.errorsText();
}

describe("audit of the insecure reference deployment", () => {
  let result: CliResult & { report: AuditReport; reportPath: string };

  beforeAll(async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    await seedReferenceDeployment(url, { variant: "insecure", region: REGION });
    result = await auditEmulator(url);
  });

  it.each(CONTROLS)("fails control %s", (control) => {
    expect(statusesOf(result.report, control)).toContain("fail");
  });

  it.each(PASSING_IN_BOTH)("passes control %s", (control) => {
    expectOnlyPasses(result.report, control);
  });

  it.each(THREATS)("reports threat %s open", (threat) => {
    expect(threatStatus(result.report, threat)).toBe("open");
  });

  it("exits with code 1", () => {
    expect(result.exitCode, result.stderr).toBe(1);
  });

  it("writes a report valid against the schema", () => {
    expect(validateAgainstSchema(result.report)).toBe("");
  });

  it("prints the text report per threat", () => {
    expect(result.stdout).toMatch(/^OPEN\s+T001/m);
    expect(result.stdout).toContain("rds.tls-required");
  });

  it("prints one progress line per service and region", () => {
    expect(result.stderr).toMatch(/^RDS eu-west-1: \d+ resources, \d+ calls/m);
    expect(result.stderr).toMatch(/^S3 global: \d+ resources/m);
  });

  it("counts the API calls", () => {
    expect(result.report.apiCalls.total).toBeGreaterThan(10);
    expect(result.report.apiCalls.byOperation["rds:DescribeDBClusters"]?.calls).toBe(1);
  });
});

describe("audit of the secure reference deployment", () => {
  let result: CliResult & { report: AuditReport; reportPath: string };

  beforeAll(async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    await seedReferenceDeployment(url, { variant: "secure", region: REGION });
    result = await auditEmulator(url);
  });

  it.each([...CONTROLS, ...PASSING_IN_BOTH])("passes control %s", (control) => {
    expectOnlyPasses(result.report, control);
  });

  it.each(THREATS)("reports threat %s mitigated", (threat) => {
    expect(threatStatus(result.report, threat)).toBe("mitigated");
  });

  it("exits with code 0", () => {
    expect(result.exitCode, result.stderr).toBe(0);
  });
});

describe("offline re-run of a saved inventory", () => {
  it("gives the same findings without AWS access", async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    await seedReferenceDeployment(url, { variant: "insecure", region: REGION });
    const inventoryPath = join(
      process.env.TMPDIR ?? "/tmp",
      `threat-audit-inventory-${process.pid}.json`,
    );
    const live = await auditEmulator(url, ["--save-inventory", inventoryPath]);

    // An unreachable endpoint proves the offline run sends no AWS call.
    const offline = await runCli(["--inventory", inventoryPath, "--no-tui"], "http://127.0.0.1:9");

    expect(offline.exitCode, offline.stderr).toBe(live.exitCode);
    expect(offline.stdout.split("\n").slice(1)).toEqual(live.stdout.split("\n").slice(1));
  });
});

describe("CLI usage errors", () => {
  it.each([
    [["--region", "mars-1"], /not a region of the aws partition/],
    [["--fail-on", "urgent"], /Allowed choices are critical, high, medium, low, none/],
    [["--external-id", "x"], /--external-id was given without --role-arn/],
    [["--inventory", "/nonexistent/inventory.json"], /Could not read the inventory file/],
  ])("rejects %j with a clear message", async (args, message) => {
    const result = await runCli(args, "http://127.0.0.1:9");

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
