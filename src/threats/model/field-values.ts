import type { Severity } from "../../checks/check.js";
import type { RawField } from "./raw-threat.js";

/**
 * Joins a text field's pieces (paragraphs, list items) with line breaks, or returns undefined
 * when it is empty. Line breaks inside one piece are wrapping, so they become spaces.
 */
export function textValue(field: RawField | undefined): string | undefined {
  if (field === undefined) return undefined;
  const text = field.values
    .map((value) => {
      const unwrapped = value.text.trim().replace(/\s*\n\s*/g, " ");
      return value.listItem ? `- ${unwrapped}` : unwrapped;
    })
    .filter((text) => text.length > 0)
    .join("\n");
  return text.length > 0 ? text : undefined;
}

/**
 * Splits a list field into items: list items stay whole, inline text is split at commas and
 * semicolons outside brackets, so `ECS Service (Fargate, v2), Aurora (RDS)` gives two items.
 */
export function listValue(field: RawField | undefined): string[] {
  if (field === undefined) return [];
  const items = field.values.flatMap((value) =>
    value.listItem ? [value.text] : splitOutsideBrackets(value.text),
  );
  return items.map((item) => item.trim().replace(/\.$/, "")).filter((item) => item.length > 0);
}

function splitOutsideBrackets(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of text) {
    if ("([{".includes(character)) depth += 1;
    if (")]}".includes(character)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (character === "," || character === ";" || character === "\n")) {
      items.push(current);
      current = "";
      continue;
    }
    current += character;
  }
  items.push(current);
  return items;
}

const SEVERITY_WORDS: Record<string, Severity> = {
  critical: "critical",
  high: "high",
  medium: "medium",
  moderate: "medium",
  low: "low",
  info: "info",
  informational: "info",
};

/** Reads a severity from its first word, e.g. `High`, `HIGH (8.0)`; undefined when unknown. */
export function parseSeverity(text: string): Severity | undefined {
  const word = /^[A-Za-z]+/.exec(text.trim())?.[0]?.toLowerCase();
  return word === undefined ? undefined : SEVERITY_WORDS[word];
}

/** Reads a score such as `8.0`, `8` or `8.0/10`; undefined when the text starts with no number. */
export function parseScore(text: string): number | undefined {
  const match = /^\d+(?:\.\d+)?/.exec(text.trim());
  return match === null ? undefined : Number(match[0]);
}

const STRIDE_CATEGORIES = [
  "Spoofing",
  "Tampering",
  "Repudiation",
  "Information Disclosure",
  "Denial of Service",
  "Elevation of Privilege",
];

const STRIDE_BY_KEY = new Map<string, string>(
  STRIDE_CATEGORIES.flatMap((name) => [
    [name.toLowerCase().replace(/[^a-z]/g, ""), name],
    [name[0]?.toLowerCase() ?? "", name],
  ]),
);
STRIDE_BY_KEY.set("elevationofprivileges", "Elevation of Privilege");

/** Spells a STRIDE category the standard way (`S` or `spoofing` gives `Spoofing`); keeps others. */
export function canonicalStride(category: string): string {
  return STRIDE_BY_KEY.get(category.toLowerCase().replace(/[^a-z]/g, "")) ?? category;
}

/** Spells a CWE reference as `CWE-319` whatever its case or separator; keeps other references. */
export function canonicalReference(reference: string): string {
  const cwe = /^cwe[\s:_-]*(\d+)$/i.exec(reference);
  return cwe === null ? reference : `CWE-${cwe[1]}`;
}
