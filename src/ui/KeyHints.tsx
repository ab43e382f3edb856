import { Text } from "ink";
import { useTheme } from "./theme.js";

/** Key hints in the order they are shown, each with its priority (0 is kept first). */
const HINTS: readonly { text: string; priority: number }[] = [
  { text: "↑↓ jk move", priority: 2 },
  { text: "tab h l pane", priority: 9 },
  { text: "enter open", priority: 3 },
  { text: "esc back", priority: 4 },
  { text: "/ filter", priority: 5 },
  { text: "f failing", priority: 6 },
  { text: "s severity", priority: 7 },
  { text: "e export", priority: 8 },
  { text: "? help", priority: 0 },
  { text: "q quit", priority: 1 },
];

const SEPARATOR = " · ";

/** Picks the hints that fit in `width`, most important first, and returns them in their usual order. */
export function hintsFor(width: number): string {
  const kept = new Set<string>();
  let used = 0;
  for (const hint of [...HINTS].sort((a, b) => a.priority - b.priority)) {
    const cost = hint.text.length + (kept.size > 0 ? SEPARATOR.length : 0);
    if (used + cost > width) continue;
    kept.add(hint.text);
    used += cost;
  }
  return HINTS.filter((hint) => kept.has(hint.text))
    .map((hint) => hint.text)
    .join(SEPARATOR);
}

/** Shows one line of the keys that fit; `?` lists them all. */
export function KeyHints({ width }: { width: number }) {
  const theme = useTheme();
  return (
    <Text color={theme.color("muted")} wrap="truncate-end">
      {hintsFor(width)}
    </Text>
  );
}
