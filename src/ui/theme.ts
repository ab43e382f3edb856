import { createContext, useContext } from "react";

/** Meaning of a piece of text; the theme turns it into a colour, or into none under NO_COLOR. */
export type Tone =
  | "fail"
  | "error"
  | "manual"
  | "pass"
  | "muted"
  | "accent"
  | "critical"
  | "high"
  | "medium"
  | "low"
  | "info";

const COLORS: Record<Tone, string> = {
  fail: "red",
  error: "yellow",
  manual: "cyan",
  pass: "green",
  muted: "gray",
  accent: "cyan",
  critical: "magenta",
  high: "red",
  medium: "yellow",
  low: "blue",
  info: "gray",
};

export interface Theme {
  colors: boolean;
  /** The Ink colour for `tone`, or undefined when colours are off. */
  color(tone: Tone | undefined): string | undefined;
}

export function createTheme(colors: boolean): Theme {
  return {
    colors,
    color: (tone) => (colors && tone !== undefined ? COLORS[tone] : undefined),
  };
}

/**
 * Tells whether the user allows coloured output. The NO_COLOR convention (no-color.org) turns
 * colours off when the variable is set to anything but the empty string.
 */
export function colorsAllowed(env: NodeJS.ProcessEnv): boolean {
  const noColor = env.NO_COLOR;
  return noColor === undefined || noColor === "";
}

export const ThemeContext = createContext<Theme>(createTheme(true));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
