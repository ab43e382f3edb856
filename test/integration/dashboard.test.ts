import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedReferenceDeployment } from "../../src/demo/seed/index.js";
import { motoControls } from "../../src/emulator/index.js";
import { emulatorEnvironment } from "../../src/emulator/environment.js";
import type { AuditReport, ReportFinding } from "../../src/report/report-types.js";
import { REGION } from "./run-cli.js";

const BIN = join(process.cwd(), "dist", "bin.js");
const TMUX_MISSING = spawnSync("tmux", ["-V"]).status !== 0;
/** A tmux server socket of the test's own, so the user's tmux sessions are left alone. */
const SOCKET = `threat-audit-dashboard-${process.pid}`;
const SESSION = "dashboard";

if (TMUX_MISSING) {
  console.warn(
    "Skipping the dashboard end-to-end test: tmux is not installed. Install it with `apt-get install tmux`.",
  );
}

function tmux(...args: string[]): string {
  const result = spawnSync("tmux", ["-u", "-L", SOCKET, "-f", "/dev/null", ...args], {
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`tmux ${args.join(" ")} failed: ${result.stderr}`);
  }
  return result.stdout;
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", SESSION);
}

/** Polls the screen until `done` holds for it; fails with the last screen after `timeoutMs`. */
async function waitForScreen(done: (text: string) => boolean, timeoutMs = 40_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    text = screen();
    if (done(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The expected text did not appear on the dashboard in time. Last screen:\n${text}`,
  );
}

/** Joins the right pane's lines with spaces, so a reason wrapped over lines can be matched whole. */
function rightPaneText(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.includes("││"))
    .map((line) => (line.split("││")[1] ?? "").replace(/│\s*$/, ""))
    .join(" ")
    .replace(/\s+/g, " ");
}

describe.skipIf(TMUX_MISSING)("dashboard in a terminal", () => {
  const folder = mkdtempSync(join(tmpdir(), "threat-audit-dashboard-"));
  const reportPath = join(folder, "report.json");
  const exitCodePath = join(folder, "exit-code");
  let detailScreen = "";
  let failing: ReportFinding;

  beforeAll(async () => {
    const url = inject("motoUrl");
    await motoControls(url).reset();
    await seedReferenceDeployment(url, { variant: "insecure", region: REGION });

    // CI=true would select the text report, and .ci/run sets it.
    const env: NodeJS.ProcessEnv = { ...emulatorEnvironment(url, REGION), TERM: "xterm-256color" };
    delete env.CI;
    const command =
      `'${process.execPath}' '${BIN}' --endpoint-url '${url}' --region ${REGION} ` +
      `--json '${reportPath}'; echo $? > '${exitCodePath}'`;
    const started = spawnSync(
      "tmux",
      ["-u", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40"].concat([
        "-s",
        SESSION,
        "sh",
        "-c",
        command + "; sleep 60",
      ]),
      { env, encoding: "utf8" },
    );
    if (started.status !== 0) throw new Error(`tmux new-session failed: ${started.stderr}`);

    await waitForScreen((text) => text.includes("Threats (10)"));
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as AuditReport;
    const finding = report.findings.find(
      (item) => item.controlId === "rds.tls-required" && item.status === "fail",
    );
    if (finding === undefined)
      throw new Error("The report has no failing rds.tls-required finding.");
    failing = finding;

    // T001 is selected first; its findings list the failing cluster first.
    tmux("send-keys", "-t", SESSION, "Enter");
    await waitForScreen((text) => text.includes("▸ T001 findings"));
    tmux("send-keys", "-t", SESSION, "Enter");
    detailScreen = await waitForScreen((text) => text.includes("▸ Finding"));
  });

  afterAll(() => {
    if (!TMUX_MISSING) spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
  });

  it("shows the failing finding's ARN", () => {
    expect(detailScreen).toContain(failing.resource.arn);
  });

  it("shows the failing finding's reason", () => {
    expect(rightPaneText(detailScreen)).toContain(failing.reason.replace(/\s+/g, " "));
  });

  it("exits with code 1 after q", async () => {
    tmux("send-keys", "-t", SESSION, "q");
    const deadline = Date.now() + 10_000;
    while (!existsSync(exitCodePath) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect(readFileSync(exitCodePath, "utf8").trim()).toBe("1");
  });
});
