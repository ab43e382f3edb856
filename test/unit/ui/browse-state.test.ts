import { describe, expect, it } from "vitest";
import {
  INITIAL_BROWSE_STATE,
  reduceBrowse,
  type BrowseAction,
  type BrowseState,
  type Viewport,
} from "../../../src/ui/browse-state.js";

const VIEWPORT: Viewport = {
  threatCount: 10,
  findingCount: 100,
  detailLineCount: 30,
  threatRows: 5,
  findingRows: 5,
  detailRows: 10,
};

function run(actions: BrowseAction[], state: BrowseState = INITIAL_BROWSE_STATE): BrowseState {
  return actions.reduce((current, action) => reduceBrowse(current, action, VIEWPORT), state);
}

const down: BrowseAction = { type: "move", delta: 1 };

describe("reduceBrowse movement", () => {
  it("moves the threat selection", () => {
    expect(run([down, down]).threatIndex).toBe(2);
  });

  it("stops at the first threat", () => {
    expect(run([{ type: "move", delta: -1 }]).threatIndex).toBe(0);
  });

  it("stops at the last threat", () => {
    expect(run([{ type: "last" }, down]).threatIndex).toBe(9);
  });

  it("scrolls when the selection leaves the window", () => {
    expect(run([down, down, down, down, down, down]).threatTop).toBe(2);
  });

  it("a new threat starts its findings at the top", () => {
    const inFindings = run([{ type: "open" }, down, down]);
    const back = run([{ type: "back" }, down], inFindings);

    expect(back.findingIndex).toBe(0);
  });

  it("pages by a window less one row", () => {
    expect(run([{ type: "open" }, { type: "page", direction: 1 }]).findingIndex).toBe(4);
  });

  it("first and last select the ends", () => {
    const last = run([{ type: "open" }, { type: "last" }]);

    expect(last.findingIndex).toBe(99);
    expect(last.findingTop).toBe(95);
    expect(run([{ type: "first" }], last).findingIndex).toBe(0);
  });

  it("scrolls the detail within its lines", () => {
    const detail = run([{ type: "open" }, { type: "open" }, { type: "last" }]);

    expect(detail.detailTop).toBe(20);
  });
});

describe("reduceBrowse panes", () => {
  it("open goes from threats to findings to detail", () => {
    expect(run([{ type: "open" }]).pane).toBe("findings");
    expect(run([{ type: "open" }, { type: "open" }]).pane).toBe("detail");
  });

  it("open stays on findings when there are none", () => {
    const empty = reduceBrowse(
      { ...INITIAL_BROWSE_STATE, pane: "findings" },
      { type: "open" },
      { ...VIEWPORT, findingCount: 0 },
    );

    expect(empty.pane).toBe("findings");
  });

  it("back goes from detail to findings to threats", () => {
    const detail = run([{ type: "open" }, { type: "open" }]);

    expect(run([{ type: "back" }], detail).pane).toBe("findings");
    expect(run([{ type: "back" }, { type: "back" }], detail).pane).toBe("threats");
  });

  it("tab toggles threats and findings", () => {
    expect(run([{ type: "next-pane" }]).pane).toBe("findings");
    expect(run([{ type: "next-pane" }, { type: "next-pane" }]).pane).toBe("threats");
  });

  it("tab from the detail goes to threats", () => {
    expect(run([{ type: "open" }, { type: "open" }, { type: "next-pane" }]).pane).toBe("threats");
  });

  it("left from the detail goes to findings", () => {
    expect(run([{ type: "open" }, { type: "open" }, { type: "left" }]).pane).toBe("findings");
  });
});

describe("reduceBrowse filters", () => {
  it("typing appends to the filter", () => {
    const typed = run([
      { type: "filter-start" },
      { type: "filter-type", text: "rd" },
      { type: "filter-type", text: "s" },
    ]);

    expect(typed.filterText).toBe("rds");
  });

  it("a filter change resets the selection", () => {
    const moved = run([down, down, { type: "open" }, down]);
    const filtered = run([{ type: "filter-start" }, { type: "filter-type", text: "x" }], moved);

    expect([filtered.threatIndex, filtered.findingIndex]).toEqual([0, 0]);
  });

  it("a filter change leaves the detail", () => {
    const detail = run([{ type: "open" }, { type: "open" }]);

    expect(run([{ type: "toggle-failing" }], detail).pane).toBe("findings");
  });

  it("cancel clears the filter", () => {
    const cancelled = run([
      { type: "filter-start" },
      { type: "filter-type", text: "rds" },
      { type: "filter-cancel" },
    ]);

    expect(cancelled).toMatchObject({ filterText: "", editingFilter: false });
  });

  it("commit keeps the filter", () => {
    const committed = run([
      { type: "filter-start" },
      { type: "filter-type", text: "rds" },
      { type: "filter-commit" },
    ]);

    expect(committed).toMatchObject({ filterText: "rds", editingFilter: false });
  });

  it("back on the threats pane clears the filter", () => {
    const filtered = run([{ type: "filter-start" }, { type: "filter-type", text: "rds" }]);

    expect(run([{ type: "filter-commit" }, { type: "back" }], filtered).filterText).toBe("");
  });

  it("severity floor cycles back to none", () => {
    const floors = [1, 2, 3, 4, 5].map(
      (count) => run(Array<BrowseAction>(count).fill({ type: "cycle-severity" })).severityFloor,
    );

    expect(floors).toEqual(["low", "medium", "high", "critical", undefined]);
  });
});

describe("reduceBrowse messages", () => {
  it("stores a message", () => {
    const state = run([{ type: "message", text: "Wrote it.", tone: "pass" }]);

    expect(state.message).toEqual({ text: "Wrote it.", tone: "pass" });
  });

  it("the next action clears it", () => {
    const state = run([{ type: "message", text: "Wrote it.", tone: "pass" }, down]);

    expect(state.message).toBeUndefined();
  });
});
