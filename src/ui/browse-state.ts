import { clampIndex, keepVisible } from "./list-window.js";
import { SEVERITY_FLOORS, type Severity } from "./report-model.js";

export type Pane = "threats" | "findings" | "detail";

/** Position of the user in the report browser. Indices point into the filtered lists. */
export interface BrowseState {
  pane: Pane;
  threatIndex: number;
  threatTop: number;
  findingIndex: number;
  findingTop: number;
  /** First line of the detail pane shown. */
  detailTop: number;
  filterText: string;
  /** True while `/` edits the filter: typed characters go to the filter. */
  editingFilter: boolean;
  failingOnly: boolean;
  severityFloor: Severity | undefined;
  help: boolean;
  /** Outcome of the last command, e.g. where the report was written; the next key clears it. */
  message?: { text: string; tone: "pass" | "fail" };
}

/** Sizes of the lists and of the windows that show them, at the moment of a key press. */
export interface Viewport {
  threatCount: number;
  findingCount: number;
  detailLineCount: number;
  threatRows: number;
  findingRows: number;
  detailRows: number;
}

export type BrowseAction =
  | { type: "move"; delta: number }
  | { type: "first" }
  | { type: "last" }
  | { type: "page"; direction: 1 | -1 }
  | { type: "next-pane" }
  | { type: "previous-pane" }
  | { type: "left" }
  | { type: "right" }
  | { type: "open" }
  | { type: "back" }
  | { type: "filter-start" }
  | { type: "filter-type"; text: string }
  | { type: "filter-delete" }
  | { type: "filter-commit" }
  | { type: "filter-cancel" }
  | { type: "toggle-failing" }
  | { type: "cycle-severity" }
  | { type: "toggle-help" }
  | { type: "message"; text: string; tone: "pass" | "fail" };

export const INITIAL_BROWSE_STATE: BrowseState = {
  pane: "threats",
  threatIndex: 0,
  threatTop: 0,
  findingIndex: 0,
  findingTop: 0,
  detailTop: 0,
  filterText: "",
  editingFilter: false,
  failingOnly: false,
  severityFloor: undefined,
  help: false,
};

/** Applies one user action. Pure, so key sequences can be tested without a terminal. */
export function reduceBrowse(
  state: BrowseState,
  action: BrowseAction,
  viewport: Viewport,
): BrowseState {
  // Any action clears the last command's message.
  const current: BrowseState = { ...state };
  delete current.message;
  switch (action.type) {
    case "message":
      return { ...current, message: { text: action.text, tone: action.tone } };
    case "move":
      return moveBy(current, action.delta, viewport);
    case "page":
      return moveBy(
        current,
        action.direction * Math.max(1, rowsOf(current, viewport) - 1),
        viewport,
      );
    case "first":
      return moveBy(current, -Infinity, viewport);
    case "last":
      return moveBy(current, Infinity, viewport);
    case "next-pane":
      return { ...current, pane: current.pane === "threats" ? "findings" : "threats" };
    case "previous-pane":
      return { ...current, pane: current.pane === "findings" ? "threats" : "findings" };
    case "left":
      return { ...current, pane: current.pane === "detail" ? "findings" : "threats" };
    case "right":
    case "open":
      return openRight(current, viewport);
    case "back":
      if (current.pane === "detail") return { ...current, pane: "findings" };
      if (current.pane === "findings") return { ...current, pane: "threats" };
      return current.filterText.length > 0 ? resetLists({ ...current, filterText: "" }) : current;
    case "filter-start":
      return { ...current, editingFilter: true };
    case "filter-type":
      return resetLists({ ...current, filterText: current.filterText + action.text });
    case "filter-delete":
      return resetLists({ ...current, filterText: current.filterText.slice(0, -1) });
    case "filter-commit":
      return { ...current, editingFilter: false };
    case "filter-cancel":
      return resetLists({ ...current, editingFilter: false, filterText: "" });
    case "toggle-failing":
      return resetLists({ ...current, failingOnly: !current.failingOnly });
    case "cycle-severity":
      return resetLists({ ...current, severityFloor: nextFloor(current.severityFloor) });
    case "toggle-help":
      return { ...current, help: !current.help };
  }
}

function openRight(state: BrowseState, viewport: Viewport): BrowseState {
  if (state.pane === "threats") return { ...state, pane: "findings" };
  if (state.pane === "findings" && viewport.findingCount > 0) {
    return { ...state, pane: "detail", detailTop: 0 };
  }
  return state;
}

function rowsOf(state: BrowseState, viewport: Viewport): number {
  if (state.pane === "threats") return viewport.threatRows;
  if (state.pane === "findings") return viewport.findingRows;
  return viewport.detailRows;
}

function moveBy(state: BrowseState, delta: number, viewport: Viewport): BrowseState {
  if (state.pane === "threats") {
    const threatIndex = clampIndex(state.threatIndex + delta, viewport.threatCount);
    if (threatIndex === state.threatIndex) return state;
    return {
      ...state,
      threatIndex,
      threatTop: keepVisible(
        state.threatTop,
        threatIndex,
        viewport.threatRows,
        viewport.threatCount,
      ),
      findingIndex: 0,
      findingTop: 0,
      detailTop: 0,
    };
  }

  if (state.pane === "findings") {
    const findingIndex = clampIndex(state.findingIndex + delta, viewport.findingCount);
    return {
      ...state,
      findingIndex,
      findingTop: keepVisible(
        state.findingTop,
        findingIndex,
        viewport.findingRows,
        viewport.findingCount,
      ),
      detailTop: 0,
    };
  }

  const lastTop = Math.max(0, viewport.detailLineCount - viewport.detailRows);
  return { ...state, detailTop: Math.min(Math.max(state.detailTop + delta, 0), lastTop) };
}

/** After a filter change the lists are different, so selection starts again at the top. */
function resetLists(state: BrowseState): BrowseState {
  return {
    ...state,
    pane: state.pane === "detail" ? "findings" : state.pane,
    threatIndex: 0,
    threatTop: 0,
    findingIndex: 0,
    findingTop: 0,
    detailTop: 0,
  };
}

function nextFloor(floor: Severity | undefined): Severity | undefined {
  const index = SEVERITY_FLOORS.indexOf(floor);
  return SEVERITY_FLOORS[(index + 1) % SEVERITY_FLOORS.length];
}
