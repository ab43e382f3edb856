/**
 * Escapes text for one cell of a GitHub-flavoured Markdown table: a pipe would end the cell and a
 * line break the row, and `<` and `&` could start HTML, which GitHub renders.
 */
export function escapeCell(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\\", "\\\\")
    .replaceAll("|", "\\|")
    .replace(/\r?\n|\r/g, "<br>");
}

/** Writes an identifier such as an ARN as inline code inside a table cell. */
export function codeCell(text: string): string {
  // A pipe ends the cell even inside a code span, so it is escaped there too; a backtick would
  // end the span, and no ARN or control id contains one.
  return (
    "`" +
    text
      .replaceAll("`", "'")
      .replaceAll("|", "\\|")
      .replace(/\r?\n|\r/g, " ") +
    "`"
  );
}

/** Renders a table; every cell is already escaped. */
export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}
