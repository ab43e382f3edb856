import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  dashboardWanted,
  selectPresenter,
  type Terminal,
} from "../../../src/commands/presenter.js";

const TERMINAL: Terminal = {
  stdoutIsTTY: true,
  stdinIsTTY: true,
  env: { TERM: "xterm-256color" },
};

describe("dashboardWanted", () => {
  it("shows the dashboard on a terminal", () => {
    expect(dashboardWanted(true, TERMINAL)).toBe(true);
  });

  it.each<[string, boolean, Partial<Terminal>]>([
    ["--no-tui", false, {}],
    ["stdout piped", true, { stdoutIsTTY: false }],
    ["stdin piped", true, { stdinIsTTY: false }],
    ["CI=true", true, { env: { CI: "true" } }],
    ["CI=1", true, { env: { CI: "1" } }],
    ["TERM=dumb", true, { env: { TERM: "dumb" } }],
  ])("prints text with %s", (_case, tui, change) => {
    expect(dashboardWanted(tui, { ...TERMINAL, ...change })).toBe(false);
  });

  it("shows the dashboard with CI=false", () => {
    expect(dashboardWanted(true, { ...TERMINAL, env: { CI: "false" } })).toBe(true);
  });
});

describe("selectPresenter", () => {
  it("returns the text presenter off a terminal", async () => {
    const presenter = await selectPresenter({ tui: true }, { ...TERMINAL, stdoutIsTTY: false });

    await expect(presenter.close()).resolves.toBeUndefined();
  });
});

/** Relative modules `file` imports statically: `import type` and `import()` are left out. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const pattern = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? "");
}

/** Collects every module reachable by static imports from `entry`: resolved paths and package names. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop() ?? "";
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith("/")) continue;

    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith(".")) {
        seen.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier).replace(/\.js$/, "");
      const candidates = [`${base}.ts`, `${base}.tsx`];
      pending.push(candidates.find((path) => existsSync(path)) ?? `${base}.ts`);
    }
  }
  return seen;
}

describe("text path", () => {
  it("imports neither Ink nor React", () => {
    const graph = [...staticGraph("src/cli.ts")];

    expect(graph.filter((module) => /^(ink|react)(\/|$)|\.tsx$/.test(module))).toEqual([]);
  });

  it("graph finds Ink where it is imported", () => {
    expect(staticGraph("src/ui/dashboard-presenter.tsx").has("ink")).toBe(true);
  });

  it("reaches the presenter module", () => {
    const graph = [...staticGraph("src/cli.ts")];

    expect(graph.some((module) => module.endsWith("src/commands/presenter.ts"))).toBe(true);
  });
});
