import { render } from "ink";
import { resolve } from "node:path";
import type { Presenter } from "../commands/presenter.js";
import type { InventoryPart } from "../collect/inventory.js";
import { writeOutputs } from "../report/outputs.js";
import type { AuditReport } from "../report/report-types.js";
import { Dashboard } from "./Dashboard.js";
import { RunStateStore } from "./run-state.js";
import { colorsAllowed } from "./theme.js";

/** Path `e` writes the JSON report to when --json names no file, relative to the working folder. */
export const DEFAULT_EXPORT_PATH = "threat-audit-report.json";

export interface DashboardOptions {
  checksTotal: number;
  serviceOf: (part: InventoryPart) => string;
  /** The --json path, which `e` writes too. */
  jsonPath?: string;
}

interface Mounted {
  unmount: () => void;
  exited: Promise<unknown>;
}

/**
 * Returns the presenter that feeds the dashboard. Ink is mounted when the first collector starts
 * (or the first check is done, offline), so an audit that fails before then (a bad option, no
 * credentials, an unreachable endpoint) never takes the terminal.
 * `finish` resolves when the user quits; `close` unmounts at once, for an audit that failed.
 */
export function dashboardPresenter(options: DashboardOptions): Presenter {
  const store = new RunStateStore({
    checksTotal: options.checksTotal,
    serviceOf: options.serviceOf,
  });
  const exportPath = resolve(options.jsonPath ?? DEFAULT_EXPORT_PATH);
  let mounted: Mounted | undefined;
  const mount = (): Mounted => (mounted ??= mountDashboard(store, exportPath));

  return {
    listener(event) {
      // The caller identity and region calls come before the first collector starts; a failure
      // there ends the audit with a message, which should not follow a flash of the dashboard.
      if (event.type !== "call") mount();
      store.apply(event);
    },
    async finish(report) {
      store.finish(report);
      await mount().exited;
      store.dispose();
    },
    async close() {
      store.dispose();
      if (mounted === undefined) return;
      mounted.unmount();
      await mounted.exited.catch(() => undefined);
    },
  };
}

function mountDashboard(store: RunStateStore, exportPath: string): Mounted {
  const exportReport = async (report: AuditReport): Promise<string> => {
    await writeOutputs(report, { json: exportPath });
    return exportPath;
  };

  // Raw mode turns ctrl-c into a key, so while the audit runs the dashboard stops the process
  // itself: it gives the terminal back, then ends with SIGINT like an interrupted text run.
  const interrupt = () => {
    instance.unmount();
    process.kill(process.pid, "SIGINT");
  };

  const instance = render(
    <Dashboard
      store={store}
      colors={colorsAllowed(process.env)}
      exportReport={exportReport}
      onInterrupt={interrupt}
    />,
    { exitOnCtrlC: false, patchConsole: true },
  );
  const exited = instance.waitUntilExit();
  // A render error ends Ink with that error; `finish` rethrows it, so it is handled there.
  exited.catch(() => undefined);
  return { unmount: () => instance.unmount(), exited };
}
