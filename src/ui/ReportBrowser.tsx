import { Box, useInput, type Key } from "ink";
import { useMemo, useRef, useState } from "react";
import type { AuditReport } from "../report/report-types.js";
import {
  INITIAL_BROWSE_STATE,
  reduceBrowse,
  type BrowseAction,
  type BrowseState,
  type Viewport,
} from "./browse-state.js";
import { detailLines } from "./detail-lines.js";
import { DetailPane } from "./DetailPane.js";
import { FindingsPane } from "./FindingsPane.js";
import { HelpPane } from "./HelpPane.js";
import { commandForKey, splitKeys } from "./key-map.js";
import { KeyHints } from "./KeyHints.js";
import { browserLayout } from "./layout.js";
import { clampIndex } from "./list-window.js";
import { applyFilters, controlTitle, indexReport, type VisibleThreat } from "./report-model.js";
import { ReportHeader } from "./ReportHeader.js";
import { StatusLine } from "./StatusLine.js";
import { ThreatsPane } from "./ThreatsPane.js";
import type { TerminalSize } from "./use-terminal-size.js";

export interface ReportBrowserProps {
  report: AuditReport;
  size: TerminalSize;
  onQuit: () => void;
  /** Writes the JSON report and returns the path written. */
  exportReport: (report: AuditReport) => Promise<string>;
}

/** Shows the finished audit: header, threats, the selected threat's findings, one finding's detail. */
export function ReportBrowser({ report, size, onQuit, exportReport }: ReportBrowserProps) {
  const entries = useMemo(() => indexReport(report), [report]);
  const [state, setState] = useState<BrowseState>(INITIAL_BROWSE_STATE);
  // Keys that arrive in one chunk are handled before React renders again, so each key must see
  // the state the previous key left, not the state of the last render.
  const latest = useRef(state);

  const { filterText, failingOnly, severityFloor } = state;
  const visible = useMemo(
    () => applyFilters(entries, { text: filterText, failingOnly, severityFloor }),
    [entries, filterText, failingOnly, severityFloor],
  );
  const shown = useMemo(() => countUnique(visible), [visible]);

  const layout = browserLayout(size, state.pane);
  const threatIndex = clampIndex(state.threatIndex, visible.length);
  const current = visible[threatIndex];
  const findings = current?.findings ?? [];
  const findingIndex = clampIndex(state.findingIndex, findings.length);
  const finding = findings[findingIndex];

  const detailWidth = layout.rightWidth - 2;
  const detail = useMemo(
    () =>
      finding === undefined
        ? []
        : detailLines(finding, controlTitle(entries, finding.controlId), detailWidth),
    [entries, finding, detailWidth],
  );

  const viewport: Viewport = {
    threatCount: visible.length,
    findingCount: findings.length,
    detailLineCount: detail.length,
    threatRows: layout.paneRows,
    findingRows: layout.paneRows,
    detailRows: layout.paneRows,
  };

  const apply = (action: BrowseAction) => {
    latest.current = reduceBrowse(latest.current, action, viewport);
    setState(latest.current);
  };

  const handleKey = (input: string, key: Key) => {
    const command = commandForKey(input, key, latest.current);
    if (command === undefined) return;
    if (command.type === "quit") {
      onQuit();
      return;
    }
    if (command.type === "export") {
      exportReport(report).then(
        (path) =>
          apply({ type: "message", text: `Wrote the JSON report to ${path}.`, tone: "pass" }),
        (error: unknown) => apply({ type: "message", text: exportFailure(error), tone: "fail" }),
      );
      return;
    }
    apply(command);
  };

  useInput((input, key) => {
    for (const [single, singleKey] of splitKeys(input, key)) handleKey(single, singleKey);
  });

  const right =
    state.pane === "detail" ? (
      <DetailPane
        lines={detail}
        top={state.detailTop}
        rows={layout.paneRows}
        focused
        width={layout.rightWidth}
        height={layout.paneHeight}
      />
    ) : (
      <FindingsPane
        title={findingsTitle(current)}
        findings={findings}
        selected={findingIndex}
        top={state.findingTop}
        rows={layout.paneRows}
        focused={state.pane === "findings"}
        width={layout.rightWidth}
        height={layout.paneHeight}
        emptyText={
          current === undefined
            ? "No finding matches the filters."
            : "The threat's controls judged no resource."
        }
      />
    );

  return (
    <Box flexDirection="column" width={size.columns}>
      <ReportHeader report={report} />
      <StatusLine state={state} shown={shown} total={report.findings.length} />
      {state.help ? (
        <HelpPane width={size.columns} height={layout.paneHeight} />
      ) : (
        <Box flexDirection="row">
          <ThreatsPane
            threats={visible}
            selected={threatIndex}
            top={state.threatTop}
            rows={layout.paneRows}
            focused={state.pane === "threats"}
            compact={layout.compactThreats}
            width={layout.leftWidth}
            height={layout.paneHeight}
          />
          {right}
        </Box>
      )}
      <KeyHints width={size.columns} />
    </Box>
  );
}

function findingsTitle(current: VisibleThreat | undefined): string {
  if (current === undefined) return "Findings";
  const failing = current.failing > 0 ? `, ${current.failing} failing` : "";
  return `${current.entry.id} findings (${current.findings.length}${failing})`;
}

/** Findings that feed several threats show under each; the status line counts them once. */
function countUnique(visible: readonly VisibleThreat[]): number {
  const ids = new Set<string>();
  for (const item of visible) for (const finding of item.findings) ids.add(finding.id);
  return ids.size;
}

function exportFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const fix = (error as { fix?: unknown }).fix;
  return typeof fix === "string" ? `${message} ${fix}` : message;
}
