import { Ajv2020 } from "ajv/dist/2020.js";
import { CreateTopicCommand } from "@aws-sdk/client-sns";
import { GetQueueAttributesCommand, SetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createSeedClients, destroySeedClients } from "../../src/demo/seed/clients.js";
import { seedReferenceDeployment } from "../../src/demo/seed/index.js";
import { motoControls } from "../../src/emulator/index.js";
import type { AuditReport } from "../../src/report/report-types.js";
import { parseJunit } from "../unit/report/junit-xml.js";
import { auditEmulator, REGION, runCli, type CliResult } from "./run-cli.js";

const NEW_TOPIC = "webshop-audit-events";
const DIR = mkdtempSync(join(tmpdir(), "threat-audit-ci-"));
const path = (name: string) => join(DIR, name);

type Audit = CliResult & { report: AuditReport };

/** Re-runs the checks on the second run's saved inventory, offline, with `args`. */
async function auditOffline(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Audit> {
  const reportPath = path(`offline-${Math.random().toString(36).slice(2)}.json`);
  const result = await runCli(
    ["--inventory", path("second-inventory.json"), "--no-tui", "--json", reportPath, ...args],
    "http://127.0.0.1:9",
    env,
  );
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as AuditReport;
  return { ...result, report };
}

function sarifSchemaErrors(log: unknown): string {
  const schema = JSON.parse(
    readFileSync("test/fixtures/sarif/sarif-schema-2.1.0.json", "utf8"),
  ) as object;
  // NOTE: ajv-formats is not installed, so format keywords (uri, date-time) are not checked.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.validate(schema, log) ? "" : ajv.errorsText();
}

function suppressionFile(expires: string): string {
  const file = path(`suppressions-${expires}.yml`);
  writeFileSync(
    file,
    [
      "suppressions:",
      "  - control: sns.encryption-at-rest",
      `    resource: arn:aws:sns:${REGION}:*:${NEW_TOPIC}`,
      "    reason: The audit topic carries only resource names.",
      "    owner: platform-team",
      `    expires: ${expires}`,
      "  - control: rds.tls-required",
      "    resource: arn:aws:rds:*:*:cluster:retired-*",
      "    reason: Retired clusters are deleted next sprint.",
      `    expires: ${expires}`,
      "",
    ].join("\n"),
  );
  return file;
}

describe("CI run against a baseline", () => {
  let first: Audit & { reportPath: string };
  let second: Audit;
  let queueFindingId: string;
  let topicFindingId: string;

  beforeAll(async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    const deployment = await seedReferenceDeployment(url, { variant: "insecure", region: REGION });
    first = await auditEmulator(url, [
      "--sarif",
      path("first.sarif"),
      "--junit",
      path("first.xml"),
      "--markdown",
      path("first.md"),
    ]);

    copyFileSync(first.reportPath, path("baseline.json"));

    // Fix one weakness (the jobs queue gets SSE-SQS) and add a new one (an unencrypted topic).
    const clients = createSeedClients(url, REGION);
    try {
      // NOTE: moto 5.2.1 drops a queue's Policy when SetQueueAttributes omits it (SQS keeps it),
      // so the policy is sent again to change nothing but encryption.
      const { Attributes } = await clients.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: deployment.messaging.queueUrl,
          AttributeNames: ["Policy"],
        }),
      );
      await clients.sqs.send(
        new SetQueueAttributesCommand({
          QueueUrl: deployment.messaging.queueUrl,
          Attributes: { SqsManagedSseEnabled: "true", Policy: Attributes?.Policy ?? "" },
        }),
      );
      await clients.sns.send(new CreateTopicCommand({ Name: NEW_TOPIC }));
    } finally {
      destroySeedClients(clients);
    }
    queueFindingId = `sqs.encryption-at-rest:${deployment.messaging.queueArn}`;
    topicFindingId = `sns.encryption-at-rest:arn:aws:sns:${REGION}:${deployment.accountId}:${NEW_TOPIC}`;

    second = await auditEmulator(url, [
      "--baseline",
      first.reportPath,
      "--save-inventory",
      path("second-inventory.json"),
      "--markdown",
      path("second.md"),
    ]);
  });

  it("writes valid SARIF", () => {
    const log = JSON.parse(readFileSync(path("first.sarif"), "utf8")) as {
      runs: { results: unknown[] }[];
    };

    expect(sarifSchemaErrors(log)).toBe("");
    expect(log.runs[0]?.results.length).toBe(first.report.summary.findings.fail);
  });

  it("writes well-formed JUnit", () => {
    const suites = parseJunit(readFileSync(path("first.xml"), "utf8"));

    expect(suites.map((suite) => suite["@_name"].split(" ")[0])).toEqual(
      first.report.threats.map((threat) => threat.id),
    );
    expect(suites.some((suite) => Number(suite["@_failures"]) > 0)).toBe(true);
  });

  it("writes a Markdown summary", () => {
    expect(readFileSync(path("first.md"), "utf8")).toMatch(/^\| T001 \| .* \| OPEN \|$/m);
  });

  it("classifies the fixed queue", () => {
    expect(second.report.baseline?.fixed.map((entry) => entry.id)).toContain(queueFindingId);
  });

  it("classifies the new topic", () => {
    expect(second.report.baseline?.new.map((entry) => entry.id)).toEqual([topicFindingId]);
  });

  it("classifies nothing else as fixed", () => {
    expect(second.report.baseline?.fixed.map((entry) => entry.id)).toEqual([queueFindingId]);
  });

  it("keeps the other failures unchanged", () => {
    expect(second.report.baseline?.unchanged.length).toBe(first.report.summary.findings.fail - 1);
  });

  it("prints the comparison", () => {
    expect(second.stdout).toContain(`Compared with ${first.reportPath}`);
    expect(readFileSync(path("second.md"), "utf8")).toContain("#### New failing findings (1)");
  });

  it("gates new findings below the floor with 0", async () => {
    const run = await auditOffline(["--baseline", first.reportPath, "--fail-on-new"]);

    expect(run.exitCode, run.stderr).toBe(0);
  });

  it("gates new findings at the floor with 1", async () => {
    const run = await auditOffline([
      "--baseline",
      first.reportPath,
      "--fail-on-new",
      "--fail-on",
      "medium",
    ]);

    expect(run.exitCode, run.stderr).toBe(1);
  });

  it("gates old findings without fail-on-new", async () => {
    const run = await auditOffline(["--baseline", first.reportPath]);

    expect(run.exitCode, run.stderr).toBe(1);
  });

  it("records --no-fail-on-error in the report", async () => {
    const run = await auditOffline(["--fail-on", "none", "--no-fail-on-error"]);

    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.report.run.failOnError).toBe(false);
    expect(second.report.run.failOnError).toBe(true);
  });

  it("rejects fail-on-new without a baseline", async () => {
    const run = await runCli(
      ["--inventory", path("second-inventory.json"), "--fail-on-new"],
      "http://127.0.0.1:9",
    );

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("no --baseline was given");
  });

  describe("suppression expiry", () => {
    const gate = ["--fail-on-new", "--fail-on", "medium"];

    it("suppresses through the expiry day", async () => {
      const run = await auditOffline(
        [
          "--baseline",
          path("baseline.json"),
          "--suppressions",
          suppressionFile("2030-06-30"),
          ...gate,
        ],
        { THREAT_AUDIT_NOW: "2030-06-30T23:00:00Z" },
      );
      const topic = run.report.findings.find((finding) => finding.id.endsWith(`:${NEW_TOPIC}`));

      expect(run.exitCode, run.stderr).toBe(0);
      expect(topic?.suppression?.owner).toBe("platform-team");
      expect(run.stdout).toMatch(/SUPPRESSED \w+\s+arn:aws:sns:\S+:webshop-audit-events/);
      expect(run.report.suppressions?.stale.map((entry) => entry.control)).toEqual([
        "rds.tls-required",
      ]);
    });

    it("gates again after expiry", async () => {
      const run = await auditOffline(
        [
          "--baseline",
          path("baseline.json"),
          "--suppressions",
          suppressionFile("2030-06-30"),
          ...gate,
        ],
        { THREAT_AUDIT_NOW: "2030-07-01" },
      );

      expect(run.exitCode, run.stderr).toBe(1);
      expect(run.report.suppressions?.expired.length).toBe(2);
      expect(run.stdout).toContain("expired: ");
    });

    it("names the line of a malformed file", async () => {
      const file = path("malformed.yml");
      writeFileSync(file, "suppressions:\n  - control: sns.encryption-at-rest\n    reason: x\n");
      const result = await runCli(
        ["--inventory", path("second-inventory.json"), "--suppressions", file],
        "http://127.0.0.1:9",
      );

      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(
        `Invalid suppression file ${file}, line 2: the entry has no resource.`,
      );
    });
  });
});
