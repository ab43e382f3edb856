import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { seedReferenceDeployment } from "../../src/demo/seed/index.js";
import { motoControls } from "../../src/emulator/index.js";
import type { AuditReport, ReportThreat } from "../../src/report/report-types.js";
import { auditEmulator, runCli, type CliResult } from "./run-cli.js";
import { REGION } from "./run-cli.js";

const SHOP_MODEL = `# Shop threats

| ID   | Threat                         | Severity | Score |
| ---- | ------------------------------ | -------- | ----- |
| T101 | Database traffic in clear text | High     | 8.0   |

## T101: Database traffic in clear text

**Affected Components:** Aurora (RDS)

**References:** CWE-319

## T102: Public assets

**Severity:** Medium

**Affected Components:** S3 Bucket (assets)

**References:** CWE-284

## T103: Stolen signing keys

**Severity:** High

**Affected Components:** Key vault

**References:** CWE-321

**Recommended Actions:** Rotate the signing keys every 90 days.
`;

/** Narrows T102 to public exposure of buckets that the seed does not create. */
const ELSEWHERE_MAPPING = `threats:
  T102:
    replace: [s3.bucket-public-exposure]
components:
  S3 Bucket (assets):
    resources: ["other-assets-*"]
`;

const MISSING_TITLE = `### T201: A threat

**Severity:** High

### T202

**Severity:** Low
`;

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "threat-audit-model-")), name);
  writeFileSync(path, text);
  return path;
}

function threat(report: AuditReport, id: string): ReportThreat | undefined {
  return report.threats.find((candidate) => candidate.id === id);
}

describe("threats command", () => {
  let builtin: CliResult;
  let custom: CliResult;
  let invalid: CliResult;

  beforeAll(async () => {
    const url = inject("motoUrl");
    builtin = await runCli(["threats"], url);
    custom = await runCli(["threats", "--threat-model", writeTemp("shop.md", SHOP_MODEL)], url);
    invalid = await runCli(
      ["threats", "--threat-model", writeTemp("missing-title.md", MISSING_TITLE)],
      url,
    );
  });

  it("prints the built-in plan", () => {
    expect(builtin.stdout).toContain("Threat model: built-in reference threat model (10 threats)");
  });

  it("traces a threat to its controls", () => {
    expect(builtin.stdout).toMatch(/^T001 .*\n.*\n\s+rds\.tls-required: /m);
  });

  it("lists the IAM actions", () => {
    expect(builtin.stdout).toMatch(/^ {2}rds:DescribeDBClusters$/m);
  });

  it("exits with code 0 for the built-in model", () => {
    expect(builtin.exitCode, builtin.stderr).toBe(0);
  });

  it("warns about an unmappable threat", () => {
    expect(custom.stderr).toMatch(/^warning: .*shop\.md:21: no control is mapped to threat T103/m);
  });

  it("marks the unmappable threat manual", () => {
    expect(custom.stdout).toContain("MANUAL: no automated control covers this threat.");
  });

  it("rejects a missing title with the line", () => {
    expect(invalid.stderr).toMatch(/^error: .*missing-title\.md:5: threat T202 has no title\.$/m);
  });

  it("exits with code 2 for an invalid model", () => {
    expect(invalid.exitCode).toBe(2);
  });
});

describe("audit with a threat model", () => {
  let live: CliResult & { report: AuditReport };
  let scoped: AuditReport;

  beforeAll(async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    await seedReferenceDeployment(url, { variant: "insecure", region: REGION });

    const model = writeTemp("shop.md", SHOP_MODEL);
    const inventory = writeTemp("inventory.json", "");
    live = await auditEmulator(url, ["--threat-model", model, "--save-inventory", inventory]);

    const reportPath = writeTemp("scoped.json", "");
    const mapping = writeTemp("mapping.yaml", ELSEWHERE_MAPPING);
    const offline = await runCli(
      [
        "--inventory",
        inventory,
        "--threat-model",
        model,
        "--mapping",
        mapping,
        "--no-tui",
        "--json",
        reportPath,
      ],
      url,
    );
    if (offline.exitCode > 2) throw new Error(`offline audit failed:\n${offline.stderr}`);
    scoped = JSON.parse(readFileSync(reportPath, "utf8")) as AuditReport;
  });

  it("reports only the model's threats", () => {
    expect(live.report.threats.map((entry) => entry.id)).toEqual(["T101", "T102", "T103"]);
  });

  it("opens the TLS threat on the insecure database", () => {
    expect(threat(live.report, "T101")?.status).toBe("open");
  });

  it("opens the bucket threat", () => {
    expect(threat(live.report, "T102")?.status).toBe("open");
  });

  it("marks the unmappable threat manual", () => {
    expect(threat(live.report, "T103")?.status).toBe("manual");
  });

  it("judges only the model's controls", () => {
    const mapped = new Set(
      live.report.threats.flatMap((entry) => entry.controls.map((control) => control.id)),
    );

    expect(live.report.findings.filter((finding) => !mapped.has(finding.controlId))).toEqual([]);
  });

  it("collects only what those controls read", () => {
    expect(live.report.apiCalls.byOperation["sqs:ListQueues"]).toBeUndefined();
    expect(live.report.apiCalls.byOperation["rds:DescribeDBClusters"]?.calls).toBe(1);
  });

  it("takes the severity from the summary table", () => {
    expect(threat(live.report, "T101")?.severity).toBe("high");
  });

  it("lists the deciding findings of a control", () => {
    const control = threat(live.report, "T101")?.controls[0];

    expect(control?.findings?.length).toBeGreaterThan(0);
  });

  it("prints what to verify by hand", () => {
    expect(live.stdout).toContain("Verify by hand: Rotate the signing keys every 90 days.");
  });

  it("warns on stderr", () => {
    expect(live.stderr).toMatch(/^warning: .*no control is mapped to threat T103/m);
  });

  it("replaces the controls from the mapping file", () => {
    expect(threat(scoped, "T102")?.controls.map((control) => control.id)).toEqual([
      "s3.bucket-public-exposure",
    ]);
  });

  it("leaves resources outside the scope out of the verdict", () => {
    expect(threat(scoped, "T102")?.status).toBe("not_applicable");
  });

  it("lists the findings the scope left out", () => {
    expect(threat(scoped, "T102")?.excludedFindings).toContain(
      `s3.bucket-public-exposure:arn:aws:s3:::webshop-assets-${REGION}`,
    );
  });
});
