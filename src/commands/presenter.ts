import type { AuditListener } from "../audit-events.js";
import { CHECKS } from "../checks/catalog.js";
import { COLLECTORS } from "../collect/catalog.js";
import { progressPrinter } from "../progress.js";
import type { AuditReport } from "../report/report-types.js";
import { renderText } from "../report/text.js";

/**
 * Shows an audit to the user: `listener` receives the engine's events while it runs, and
 * `finish` shows the finished report. It may wait for the user (a dashboard waits for `q`).
 */
export interface Presenter {
  listener: AuditListener;
  finish(report: AuditReport): Promise<void>;
  /** Gives the terminal back when the audit fails before `finish`; safe to call more than once. */
  close(): Promise<void>;
}

/** Progress lines on stderr, then the plain text report on stdout. */
export function textPresenter(verbose: boolean): Presenter {
  const writeErr = (line: string) => process.stderr.write(line + "\n");
  return {
    listener: progressPrinter(verbose, writeErr),
    finish(report) {
      process.stdout.write(renderText(report));
      if (report.run.mode === "live") writeErr(describeRun(report));
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

function describeRun(report: AuditReport): string {
  const calls = report.apiCalls;
  return (
    `Audit finished in ${(report.run.durationMs / 1000).toFixed(1)} s with ${calls.total} AWS calls ` +
    `(${calls.retries} retries, ${calls.throttles} throttled, ${calls.errors} answered with an AWS error code, "not configured" answers included).`
  );
}

export interface PresenterOptions {
  tui: boolean;
  verbose?: boolean;
  /** The --json path; the dashboard's `e` key writes the report there too. */
  json?: string;
}

/** The streams and environment that decide between the dashboard and the text report. */
export interface Terminal {
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Decides whether to show the interactive dashboard: only on a terminal that can take keys
 * (stdout and stdin are TTYs, TERM is not `dumb`), outside CI, and without --no-tui.
 */
export function dashboardWanted(tui: boolean, terminal: Terminal): boolean {
  const ci = terminal.env.CI;
  const inCi = ci !== undefined && !["", "0", "false"].includes(ci.toLowerCase());
  return (
    tui && terminal.stdoutIsTTY && terminal.stdinIsTTY && !inCi && terminal.env.TERM !== "dumb"
  );
}

/**
 * Picks how to show the audit. The dashboard module, and with it Ink and React, is imported only
 * when the dashboard is shown, so the text path starts as fast as before.
 */
export async function selectPresenter(
  options: PresenterOptions,
  terminal: Terminal = {
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
  },
): Promise<Presenter> {
  if (!dashboardWanted(options.tui, terminal)) return textPresenter(options.verbose === true);

  // React picks its build when it is first loaded, and TypeScript puts the JSX runtime import
  // first in every .tsx module, so production mode is selected by an import of its own before.
  await import("../ui/production-mode.js");
  const { dashboardPresenter } = await import("../ui/dashboard-presenter.js");
  return dashboardPresenter({
    checksTotal: CHECKS.length,
    serviceOf: (part) => COLLECTORS[part].service,
    ...(options.json === undefined ? {} : { jsonPath: options.json }),
  });
}
