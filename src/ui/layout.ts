import type { Pane } from "./browse-state.js";
import { HEADER_HEIGHT } from "./ReportHeader.js";
import type { TerminalSize } from "./use-terminal-size.js";

/** Sizes of the report browser's parts for one terminal size and focused pane. */
export interface BrowserLayout {
  /** Height of the panes, borders included. */
  paneHeight: number;
  /** Rows of a list or of the detail inside a pane (borders and title row excluded). */
  paneRows: number;
  leftWidth: number;
  rightWidth: number;
  /** The threats pane shows only verdict glyphs and ids. */
  compactThreats: boolean;
}

/** Terminals at least this wide show the threats pane in full next to findings or a detail. */
const WIDE_COLUMNS = 120;

/** Width of the threats pane when it only shows verdict glyphs and ids. */
const COMPACT_THREATS_WIDTH = 12;

/** The status line and the key hints under the header. */
const CHROME_LINES = 2;

/**
 * Lays the browser out in one line fewer than the terminal has: Ink redraws a frame that fills
 * the whole terminal by clearing the screen, which flickers, and a shorter frame in place.
 */
export function browserLayout(size: TerminalSize, pane: Pane): BrowserLayout {
  const paneHeight = Math.max(5, size.rows - 1 - HEADER_HEIGHT - CHROME_LINES);
  const wide = size.columns >= WIDE_COLUMNS;
  const compactThreats = !wide && pane !== "threats";

  let leftWidth: number;
  if (compactThreats) leftWidth = COMPACT_THREATS_WIDTH;
  else if (wide) leftWidth = Math.min(56, Math.max(40, Math.floor(size.columns * 0.33)));
  else leftWidth = Math.max(30, Math.floor(size.columns * 0.5));

  return {
    paneHeight,
    paneRows: paneHeight - 3,
    leftWidth,
    rightWidth: Math.max(20, size.columns - leftWidth),
    compactThreats,
  };
}
