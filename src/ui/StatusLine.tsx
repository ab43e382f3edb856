import { Text } from "ink";
import type { BrowseState } from "./browse-state.js";
import { useTheme } from "./theme.js";

export interface StatusLineProps {
  state: BrowseState;
  /** Findings that pass the filters, over every threat. */
  shown: number;
  total: number;
}

/** Shows the active filters, or the outcome of the last command. */
export function StatusLine({ state, shown, total }: StatusLineProps) {
  const theme = useTheme();
  if (state.message !== undefined) {
    return (
      <Text color={theme.color(state.message.tone)} wrap="truncate-end">
        {state.message.text}
      </Text>
    );
  }

  const parts: string[] = [];
  if (state.editingFilter || state.filterText.length > 0) {
    parts.push(`Filter: ${state.filterText}${state.editingFilter ? "▏" : ""}`);
  }
  if (state.failingOnly) parts.push("failing only");
  if (state.severityFloor !== undefined) parts.push(`severity ≥ ${state.severityFloor}`);

  const text =
    parts.length === 0
      ? `All ${total} findings, no filter.`
      : `${parts.join(" · ")} · ${shown} of ${total} findings`;
  return (
    <Text bold={state.editingFilter} wrap="truncate-end">
      {text}
    </Text>
  );
}
