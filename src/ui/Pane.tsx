import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useTheme } from "./theme.js";

export interface PaneProps {
  title: string;
  focused: boolean;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * Draws a bordered pane with a title row. The focused pane's title starts with `▸`, so focus shows
 * without colour too.
 */
export function Pane({ title, focused, width, height, children }: PaneProps) {
  const theme = useTheme();
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="round"
      borderColor={focused ? theme.color("accent") : theme.color("muted")}
    >
      <Text bold={focused} wrap="truncate-end">
        {focused ? "▸ " : "  "}
        {title}
      </Text>
      {children}
    </Box>
  );
}
