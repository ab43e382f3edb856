/** Key sequences a terminal sends, for writing to ink-testing-library's stdin. */
export const KEY = {
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  up: "\u001B[A",
  down: "\u001B[B",
  backspace: "\u007F",
  ctrlC: "\u0003",
} as const;

interface KeyTarget {
  stdin: { write(data: string): void };
}

/**
 * Writes each key as its own read and waits for Ink to handle it: a lone escape is held until
 * the next event-loop turn in case more of a sequence follows, and React renders after that.
 */
export async function press(app: KeyTarget, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await settle();
  }
}

export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 15));
}

/** The frame's lines; the frame must exist. */
export function frameLines(app: { lastFrame(): string | undefined }): string[] {
  const frame = app.lastFrame();
  if (frame === undefined) throw new Error("Ink rendered no frame.");
  return frame.split("\n");
}

/**
 * Returns the lines of the left or right pane: the text on either side of the borders where two
 * panes meet (`││`), so rows of the two panes that share a terminal line can be checked apart.
 */
export function paneLines(
  app: { lastFrame(): string | undefined },
  side: "left" | "right",
): string[] {
  return frameLines(app)
    .filter((line) => line.includes("││"))
    .map((line) => {
      const [left = "", right = ""] = line.split("││");
      return side === "left" ? left : right;
    });
}

/** Returns the selected row of a pane (the line with the marker `›`), or undefined. */
export function selectedRow(
  app: { lastFrame(): string | undefined },
  side: "left" | "right",
): string | undefined {
  return paneLines(app, side).find((line) => line.includes("›"));
}
