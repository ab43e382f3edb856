import { useApp } from "ink";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { AuditReport } from "../report/report-types.js";
import { CollectingView } from "./CollectingView.js";
import { ReportBrowser } from "./ReportBrowser.js";
import { ReportHeader } from "./ReportHeader.js";
import type { RunStateStore } from "./run-state.js";
import { createTheme, ThemeContext } from "./theme.js";
import { useTerminalSize, type TerminalSize } from "./use-terminal-size.js";

export interface DashboardProps {
  store: RunStateStore;
  colors: boolean;
  /** Writes the JSON report and returns the path written. */
  exportReport: (report: AuditReport) => Promise<string>;
  /** Called on ctrl-c while the audit is still running. */
  onInterrupt: () => void;
  /** A fixed size instead of the terminal's (tests, benchmarks). */
  size?: TerminalSize;
  clock?: () => number;
}

/**
 * Shows live progress while the audit runs, then the report browser. On quit it leaves the
 * report header on the screen and exits Ink, which settles `waitUntilExit`.
 */
export function Dashboard({
  store,
  colors,
  exportReport,
  onInterrupt,
  size,
  clock,
}: DashboardProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const terminal = useTerminalSize(size);
  const theme = useMemo(() => createTheme(colors), [colors]);
  const [closed, setClosed] = useState(false);
  const { exit } = useApp();

  useEffect(() => {
    if (closed) exit();
  }, [closed, exit]);

  let view;
  if (snapshot.report === undefined) {
    view = (
      <CollectingView
        snapshot={snapshot}
        size={terminal}
        onInterrupt={onInterrupt}
        clock={clock ?? Date.now}
      />
    );
  } else if (closed) {
    view = <ReportHeader report={snapshot.report} />;
  } else {
    view = (
      <ReportBrowser
        report={snapshot.report}
        size={terminal}
        onQuit={() => setClosed(true)}
        exportReport={exportReport}
      />
    );
  }
  return <ThemeContext.Provider value={theme}>{view}</ThemeContext.Provider>;
}
