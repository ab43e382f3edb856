import { afterAll, describe, expect, it, vi } from "vitest";

// Ink colours text through chalk, which turns colour off when stdout is not a terminal, as under
// Vitest. Forcing it on shows that the dashboard itself leaves colour out under NO_COLOR.
const previousForceColor = vi.hoisted(() => {
  const previous = process.env.FORCE_COLOR;
  process.env.FORCE_COLOR = "1";
  return previous;
});

// Test files can share a worker process, so the next file must not inherit forced colour.
afterAll(() => {
  if (previousForceColor === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = previousForceColor;
});

const { cleanup, render } = await import("ink-testing-library");
const { ReportBrowser } = await import("../../../src/ui/ReportBrowser.js");
const { colorsAllowed, ThemeContext, createTheme } = await import("../../../src/ui/theme.js");
const { reportFixture } = await import("./report-fixture.js");

/** SGR codes that set a foreground colour (30-37, 90-97) or a 256/true colour (38;...). */
// eslint-disable-next-line no-control-regex -- the escape character starts every SGR code.
const COLOUR_CODE = /\u001B\[(3[0-8]|9[0-7])[;m]/;

function frameWith(colors: boolean): string {
  const app = render(
    <ThemeContext.Provider value={createTheme(colors)}>
      <ReportBrowser
        report={reportFixture()}
        size={{ columns: 80, rows: 24 }}
        onQuit={() => undefined}
        exportReport={() => Promise.resolve("/tmp/report.json")}
      />
    </ThemeContext.Provider>,
  );
  const frame = app.lastFrame() ?? "";
  cleanup();
  return frame;
}

describe("NO_COLOR", () => {
  it("frame has colour codes by default", () => {
    expect(frameWith(true)).toMatch(COLOUR_CODE);
  });

  it("frame has no colour codes without colours", () => {
    expect(frameWith(false)).not.toMatch(COLOUR_CODE);
  });

  it("NO_COLOR=1 turns colours off", () => {
    expect(colorsAllowed({ NO_COLOR: "1" })).toBe(false);
  });

  it("empty NO_COLOR leaves colours on", () => {
    expect(colorsAllowed({ NO_COLOR: "" })).toBe(true);
  });
});
