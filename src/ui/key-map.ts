import type { Key } from "ink";
import type { BrowseAction, BrowseState } from "./browse-state.js";

/** Command of one key press: a change of the browser state, or a command with a side effect. */
export type KeyCommand = BrowseAction | { type: "quit" } | { type: "export" };

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Splits one input event into key presses. Ink passes the text of one read as a single event,
 * so keys typed faster than the terminal is read (or sent by a script) arrive together, e.g.
 * `jj` or `j\r`. Escape sequences are already single events and pass through.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const special = Object.values(key).some((flag) => flag === true);
  if (input.length <= 1 || special) return [[input, key]];
  return [...input].map((character): [string, Key] => {
    if (character === "\r" || character === "\n") return ["", { ...NO_KEY, return: true }];
    if (character === "\t") return ["", { ...NO_KEY, tab: true }];
    if (character === "\u007F" || character === "\b") return ["", { ...NO_KEY, backspace: true }];
    if (character === "\u0003") return ["c", { ...NO_KEY, ctrl: true }];
    return [character, { ...NO_KEY, shift: /[A-Z]/.test(character) }];
  });
}

/** Maps one key press in the report browser to a command; undefined for keys without one. */
export function commandForKey(input: string, key: Key, state: BrowseState): KeyCommand | undefined {
  if (key.ctrl && input === "c") return { type: "quit" };
  if (state.help) return { type: "toggle-help" };
  if (state.editingFilter) return filterCommand(input, key);

  const move = movementCommand(input, key);
  if (move !== undefined) return move;

  if (key.tab) return { type: key.shift ? "previous-pane" : "next-pane" };
  if (key.return) return { type: "open" };
  if (key.escape) return { type: "back" };
  if (key.ctrl || key.meta) return undefined;

  switch (input) {
    case "q":
      return { type: "quit" };
    case "?":
      return { type: "toggle-help" };
    case "h":
      return { type: "left" };
    case "l":
      return { type: "right" };
    case "/":
      return { type: "filter-start" };
    case "f":
      return { type: "toggle-failing" };
    case "s":
      return { type: "cycle-severity" };
    case "e":
      return { type: "export" };
    default:
      return undefined;
  }
}

function movementCommand(input: string, key: Key): BrowseAction | undefined {
  if (key.upArrow || (input === "k" && !key.ctrl)) return { type: "move", delta: -1 };
  if (key.downArrow || (input === "j" && !key.ctrl)) return { type: "move", delta: 1 };
  if (key.leftArrow) return { type: "left" };
  if (key.rightArrow) return { type: "right" };
  if (key.pageUp || (key.ctrl && input === "u")) return { type: "page", direction: -1 };
  if (key.pageDown || (key.ctrl && input === "d")) return { type: "page", direction: 1 };
  if (key.home || (input === "g" && !key.ctrl)) return { type: "first" };
  if (key.end || (input === "G" && !key.ctrl)) return { type: "last" };
  return undefined;
}

/** While the filter is edited, printable keys type into it and arrows still move. */
function filterCommand(input: string, key: Key): BrowseAction | undefined {
  if (key.escape) return { type: "filter-cancel" };
  if (key.return) return { type: "filter-commit" };
  if (key.backspace || key.delete) return { type: "filter-delete" };
  if (key.upArrow) return { type: "move", delta: -1 };
  if (key.downArrow) return { type: "move", delta: 1 };
  if (key.ctrl || key.meta || key.tab) return undefined;

  const printable = [...input].filter((character) => character >= " ").join("");
  return printable.length > 0 ? { type: "filter-type", text: printable } : undefined;
}

/** Help text: key and what it does, in the order the help pane lists them. */
export const KEY_HELP: readonly (readonly [string, string])[] = [
  ["↑ ↓  j k", "move the selection; in the detail pane, scroll"],
  ["PgUp PgDn", "move a page (also ctrl-u, ctrl-d)"],
  ["g  G", "first, last row"],
  ["tab  h l  ← →", "switch between the threats and findings panes"],
  ["enter", "open the selected threat's findings, or a finding's detail"],
  ["esc", "go back one pane; on the threats pane, clear the filter"],
  ["/", "filter as you type (enter keeps it, esc clears it)"],
  ["f", "show failing findings only"],
  ["s", "cycle a severity floor: all, low, medium, high, critical"],
  ["e", "write the JSON report"],
  ["?", "show or hide this help"],
  ["q  ctrl-c", "quit with the audit's exit code"],
];
