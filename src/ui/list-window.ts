/**
 * Returns the first row to show so that row `selected` stays in a window of `rows` rows,
 * scrolling only when the selection leaves the window that starts at `top`.
 */
export function keepVisible(top: number, selected: number, rows: number, count: number): number {
  if (rows <= 0 || count <= rows) return 0;

  let start = Math.min(Math.max(top, 0), count - rows);
  if (selected < start) start = selected;
  if (selected >= start + rows) start = selected - rows + 1;
  return Math.max(0, Math.min(start, count - rows));
}

/** Clamps `index` to the rows of a list of `count` rows (0 for an empty list). */
export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(index, 0), count - 1);
}
