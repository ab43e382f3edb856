import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { hintsFor } from "../../../src/ui/KeyHints.js";
import { splitKeys } from "../../../src/ui/key-map.js";
import { browserLayout } from "../../../src/ui/layout.js";
import { clampIndex, keepVisible } from "../../../src/ui/list-window.js";
import {
  formatDuration,
  shortResourceName,
  truncate,
  wrapText,
} from "../../../src/ui/text-layout.js";

describe("wrapText", () => {
  it("wraps at spaces", () => {
    expect(wrapText("one two three", 7)).toEqual(["one two", "three"]);
  });

  it("splits a word longer than a line", () => {
    expect(wrapText("arn:aws:s3:::bucket", 8)).toEqual(["arn:aws:", "s3:::buc", "ket"]);
  });

  it("keeps line breaks", () => {
    expect(wrapText("a\nb", 10)).toEqual(["a", "b"]);
  });
});

describe("truncate", () => {
  it("ends a cut text with an ellipsis", () => {
    expect(truncate("webshop-db", 6)).toBe("websh…");
  });

  it("keeps a text that fits", () => {
    expect(truncate("db", 6)).toBe("db");
  });
});

describe("formatDuration", () => {
  it.each([
    [850, "850 ms"],
    [12_340, "12.3 s"],
    [125_000, "2 min 05 s"],
  ])("formats %i ms", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("shortResourceName", () => {
  it("takes the name when there is one", () => {
    expect(shortResourceName({ arn: "arn:aws:s3:::b", name: "bucket" })).toBe("bucket");
  });

  it("takes the ARN's last part", () => {
    expect(shortResourceName({ arn: "arn:aws:rds:eu-west-1:1:cluster:db" })).toBe("db");
  });
});

describe("keepVisible", () => {
  it("keeps the window when the selection is inside", () => {
    expect(keepVisible(5, 7, 5, 100)).toBe(5);
  });

  it("scrolls down to the selection", () => {
    expect(keepVisible(0, 7, 5, 100)).toBe(3);
  });

  it("scrolls up to the selection", () => {
    expect(keepVisible(10, 2, 5, 100)).toBe(2);
  });

  it("starts at 0 when the list fits", () => {
    expect(keepVisible(3, 2, 5, 4)).toBe(0);
  });
});

describe("clampIndex", () => {
  it("clamps to the last row", () => {
    expect(clampIndex(12, 10)).toBe(9);
  });

  it("returns 0 for an empty list", () => {
    expect(clampIndex(3, 0)).toBe(0);
  });
});

describe("splitKeys", () => {
  const plain = { return: false, ctrl: false } as Key;

  it("splits letters read together", () => {
    expect(splitKeys("jk", plain).map(([input]) => input)).toEqual(["j", "k"]);
  });

  it("turns a carriage return into enter", () => {
    expect(splitKeys("j\r", plain)[1]?.[1].return).toBe(true);
  });

  it("keeps a single key", () => {
    expect(splitKeys("j", plain)).toEqual([["j", plain]]);
  });
});

describe("hintsFor", () => {
  it("keeps help and quit on a narrow terminal", () => {
    expect(hintsFor(20)).toBe("? help · q quit");
  });

  it("fits 80 columns", () => {
    expect(hintsFor(80).length).toBeLessThanOrEqual(80);
  });
});

describe("browserLayout", () => {
  it("compacts the threats pane at 80 columns when findings have focus", () => {
    expect(browserLayout({ columns: 80, rows: 24 }, "findings").leftWidth).toBe(12);
  });

  it("keeps the threats pane in full at 120 columns", () => {
    expect(browserLayout({ columns: 120, rows: 40 }, "detail").compactThreats).toBe(false);
  });

  it("leaves the last terminal line free", () => {
    expect(browserLayout({ columns: 80, rows: 24 }, "threats").paneHeight).toBe(16);
  });
});
