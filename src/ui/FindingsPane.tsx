import { Text } from "ink";
import type { ReportFinding } from "../report/report-types.js";
import { Pane } from "./Pane.js";
import { findingStyleOf } from "./status-style.js";
import { fit, shortResourceName } from "./text-layout.js";
import { useTheme } from "./theme.js";

export interface FindingsPaneProps {
  title: string;
  findings: readonly ReportFinding[];
  selected: number;
  top: number;
  rows: number;
  focused: boolean;
  width: number;
  height: number;
  /** Shown instead of rows when `findings` is empty. */
  emptyText: string;
}

/** Column widths of a finding row for a pane's inner width. */
interface Columns {
  control: number;
  resource: number;
  reason: number;
}

/** Selection marker, glyph, space, status label (6) and a space before the control. */
const FIXED_WIDTH = 10;

function columnsFor(width: number): Columns {
  const free = Math.max(0, width - FIXED_WIDTH);
  const control = Math.min(38, Math.max(12, Math.floor(free * 0.34)));
  const resource = Math.min(40, Math.max(10, Math.floor(free * 0.26)));
  return { control, resource, reason: Math.max(0, free - control - resource - 2) };
}

/** Findings of the selected threat, failing first; only the rows in the window are rendered. */
export function FindingsPane(props: FindingsPaneProps) {
  const { title, findings, selected, top, rows, focused, width, height, emptyText } = props;
  const columns = columnsFor(width - 2);
  const visible = findings.slice(top, top + rows);

  return (
    <Pane title={title} focused={focused} width={width} height={height}>
      {findings.length === 0 ? (
        <Text wrap="truncate-end">{emptyText}</Text>
      ) : (
        visible.map((finding, offset) => (
          <FindingRow
            key={finding.id}
            finding={finding}
            selected={top + offset === selected}
            focused={focused}
            columns={columns}
          />
        ))
      )}
    </Pane>
  );
}

interface FindingRowProps {
  finding: ReportFinding;
  selected: boolean;
  focused: boolean;
  columns: Columns;
}

function FindingRow({ finding, selected, focused, columns }: FindingRowProps) {
  const theme = useTheme();
  const style = findingStyleOf(finding);
  const reason = finding.reason.replace(/\s+/g, " ");

  return (
    <Text inverse={selected && focused} bold={selected} wrap="truncate-end">
      {selected ? "›" : " "}
      <Text color={theme.color(style.tone)}>
        {style.glyph} {fit(style.label, 6)}
      </Text>{" "}
      {fit(finding.controlId, columns.control)}{" "}
      {fit(shortResourceName(finding.resource), columns.resource)}{" "}
      <Text dimColor={!selected}>{fit(reason, columns.reason)}</Text>
    </Text>
  );
}
