import type { AuditListener } from "../audit-events.js";
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
  };
}

function describeRun(report: AuditReport): string {
  const calls = report.apiCalls;
  return (
    `Audit finished in ${(report.run.durationMs / 1000).toFixed(1)} s with ${calls.total} AWS calls ` +
    `(${calls.retries} retries, ${calls.throttles} throttled, ${calls.errors} answered with an error).`
  );
}

/**
 * Picks how to show the audit.
 * NOTE: the interactive dashboard is not built yet, so a terminal gets the text report too.
 */
export function selectPresenter(options: { tui: boolean; verbose?: boolean }): Presenter {
  return textPresenter(options.verbose === true);
}
