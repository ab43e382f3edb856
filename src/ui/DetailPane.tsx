import { Text } from "ink";
import type { DetailLine } from "./detail-lines.js";
import { Pane } from "./Pane.js";
import { useTheme } from "./theme.js";

export interface DetailPaneProps {
  lines: readonly DetailLine[];
  top: number;
  rows: number;
  focused: boolean;
  width: number;
  height: number;
}

/** Shows one finding in full; the lines below the window are reached by scrolling. */
export function DetailPane({ lines, top, rows, focused, width, height }: DetailPaneProps) {
  const theme = useTheme();
  const more = lines.length - top - rows;
  const title = more > 0 ? `Finding (↓ ${more} more lines)` : "Finding";

  return (
    <Pane title={title} focused={focused} width={width} height={height}>
      {lines.slice(top, top + rows).map((line, offset) => (
        <Text
          key={top + offset}
          color={theme.color(line.tone)}
          bold={line.bold}
          wrap="truncate-end"
        >
          {line.text.length === 0 ? " " : line.text}
        </Text>
      ))}
    </Pane>
  );
}
