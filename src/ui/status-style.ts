import type { ReportFinding } from "../report/report-types.js";
import { suppressionOf } from "./report-model.js";
import type { Tone } from "./theme.js";

/** Drawing of a verdict or status: a glyph and a label, so it reads without colour too. */
export interface StatusStyle {
  glyph: string;
  label: string;
  tone: Tone;
}

const THREAT_STYLES: Record<string, StatusStyle> = {
  open: { glyph: "✗", label: "OPEN", tone: "fail" },
  unverified: { glyph: "?", label: "UNVERIFIED", tone: "error" },
  manual: { glyph: "✎", label: "MANUAL", tone: "manual" },
  mitigated: { glyph: "✓", label: "MITIGATED", tone: "pass" },
  not_applicable: { glyph: "–", label: "N/A", tone: "muted" },
};

const FINDING_STYLES: Record<string, StatusStyle> = {
  fail: { glyph: "✗", label: "FAIL", tone: "fail" },
  error: { glyph: "?", label: "ERROR", tone: "error" },
  manual: { glyph: "✎", label: "MANUAL", tone: "manual" },
  pass: { glyph: "✓", label: "PASS", tone: "pass" },
  not_applicable: { glyph: "–", label: "N/A", tone: "muted" },
};

/** A failing finding that the suppression file accepts as a risk. */
export const SUPPRESSED_STYLE: StatusStyle = { glyph: "≈", label: "SUPPR", tone: "muted" };

/** Statuses a later report version may add are drawn with their own name rather than failing. */
function fallbackStyle(status: string): StatusStyle {
  return { glyph: "·", label: status.toUpperCase(), tone: "muted" };
}

export function threatStyle(status: string): StatusStyle {
  return THREAT_STYLES[status] ?? fallbackStyle(status);
}

export function findingStyle(status: string): StatusStyle {
  return FINDING_STYLES[status] ?? fallbackStyle(status);
}

/** Returns the style of one finding: its status, or suppressed when an entry accepts its failure. */
export function findingStyleOf(finding: ReportFinding): StatusStyle {
  if (finding.status === "fail" && suppressionOf(finding) !== undefined) return SUPPRESSED_STYLE;
  return findingStyle(finding.status);
}

/** Severity names cut to four letters, so the column keeps one width. */
const SEVERITY_SHORT: Record<string, string> = {
  critical: "crit",
  high: "high",
  medium: "med",
  low: "low",
  info: "info",
};

export function severityShort(severity: string): string {
  return SEVERITY_SHORT[severity] ?? severity.slice(0, 4);
}

export function severityTone(severity: string): Tone {
  return severity in SEVERITY_SHORT ? (severity as Tone) : "muted";
}
