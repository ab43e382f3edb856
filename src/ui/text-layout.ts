/**
 * Plain-string layout for the dashboard's columns. Widths count UTF-16 code units, which equal
 * the terminal width for the ASCII of ARNs, ids and AWS messages. Ink still truncates each line
 * to its pane, so a wide character can only cut a line short, never break the layout.
 */

/** Cuts `text` to `width` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (text.length <= width) return text;
  return text.slice(0, width - 1) + "…";
}

/** Truncates or pads `text` to exactly `width` characters. */
export function fit(text: string, width: number): string {
  return truncate(text, width).padEnd(width);
}

/**
 * Wraps `text` at spaces to lines of at most `width` characters. A word longer than a line (an
 * ARN, a policy document) is split across lines. Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0) return [];
  const lines: string[] = [];

  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((part) => part.length > 0)) {
      if (line.length > 0 && line.length + 1 + word.length <= width) {
        line += " " + word;
        continue;
      }
      if (line.length > 0) lines.push(line);
      line = word;
      while (line.length > width) {
        lines.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Formats a duration as `850 ms`, `12.3 s` or `2 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;

  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** Returns the resource's name, or the last part of its ARN after `/` or `:`. */
export function shortResourceName(resource: { arn: string; name?: string }): string {
  if (resource.name !== undefined && resource.name.length > 0) return resource.name;
  const parts = resource.arn.split(/[:/]/);
  return parts[parts.length - 1] || resource.arn;
}
