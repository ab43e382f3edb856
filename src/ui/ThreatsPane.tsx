import { Text } from "ink";
import { Pane } from "./Pane.js";
import type { VisibleThreat } from "./report-model.js";
import { severityShort, severityTone, threatStyle } from "./status-style.js";
import { fit } from "./text-layout.js";
import { useTheme } from "./theme.js";

export interface ThreatsPaneProps {
  threats: readonly VisibleThreat[];
  selected: number;
  top: number;
  /** Rows of threats the pane shows. */
  rows: number;
  focused: boolean;
  /** Compact panes show the verdict glyph and id only, to leave room for the findings. */
  compact: boolean;
  width: number;
  height: number;
}

/** Lists the threats with their verdicts; only the rows in the window are rendered. */
export function ThreatsPane(props: ThreatsPaneProps) {
  const { threats, selected, top, rows, focused, compact, width, height } = props;
  const visible = threats.slice(top, top + rows);
  const title = compact ? "Threats" : `Threats (${threats.length})`;

  return (
    <Pane title={title} focused={focused} width={width} height={height}>
      {threats.length === 0 ? (
        <Text wrap="truncate-end">No threat matches.</Text>
      ) : (
        visible.map((item, offset) => (
          <ThreatRow
            key={item.entry.id}
            item={item}
            selected={top + offset === selected}
            focused={focused}
            compact={compact}
            width={width - 2}
          />
        ))
      )}
    </Pane>
  );
}

interface ThreatRowProps {
  item: VisibleThreat;
  selected: boolean;
  focused: boolean;
  compact: boolean;
  width: number;
}

function ThreatRow({ item, selected, focused, compact, width }: ThreatRowProps) {
  const theme = useTheme();
  const { entry, failing } = item;
  const style = threatStyle(entry.status);
  const count = failing > 0 ? ` ${failing}✗` : "";
  const titleWidth = width - 13 - count.length;

  return (
    <Text inverse={selected && focused} bold={selected} wrap="truncate-end">
      {selected ? "›" : " "}
      <Text color={theme.color(style.tone)}>{style.glyph}</Text> {fit(entry.id, 5)}
      {compact ? null : (
        <>
          <Text color={theme.color(severityTone(entry.severity))}>
            {fit(severityShort(entry.severity), 5)}
          </Text>
          {fit(entry.title, titleWidth)}
          <Text color={theme.color("fail")}>{count}</Text>
        </>
      )}
    </Text>
  );
}
