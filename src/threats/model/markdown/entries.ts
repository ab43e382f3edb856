import type { Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { fieldForLabel } from "../raw-threat.js";
import { isSummaryTable } from "./summary-table.js";

/**
 * One step of a threat section, flattened from the Markdown tree: a labelled value
 * (`**Severity:** High`, `- STRIDE: Tampering`, a `#### Why` heading), an unlabelled value, or a
 * break (`---`, the end of a table) that closes the current field.
 */
export type Entry =
  | { kind: "value"; label?: string; value: string; line: number; listItem: boolean }
  | { kind: "break"; line: number };

interface Line {
  text: string;
  line: number;
  /** Text of a bold or italic run that opens the line, e.g. `Severity:`. */
  emphasized?: string;
}

/** Turns a heading's text into an entry: a label with an optional value after a colon. */
export function headingEntry(text: string, line: number): Entry {
  const labelled = splitLabel({ text, line });
  if (labelled !== undefined) return { kind: "value", ...labelled, line, listItem: false };
  return { kind: "value", label: text.replace(/:\s*$/, ""), value: "", line, listItem: false };
}

/** Flattens block nodes (paragraphs, lists, tables, code, quotes) into entries. */
export function blockEntries(nodes: RootContent[]): Entry[] {
  return nodes.flatMap((node): Entry[] => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "paragraph":
        return paragraphEntries(node);
      case "list":
        return node.children.flatMap((item) => blockEntries(item.children).map(asListItem));
      case "blockquote":
        return blockEntries(node.children);
      case "table":
        if (isSummaryTable(node)) return [{ kind: "break", line }];
        return [...tableEntries(node), { kind: "break", line }];
      case "code":
        return [{ kind: "value", value: node.value, line, listItem: false }];
      case "thematicBreak":
        return [{ kind: "break", line }];
      default:
        return [];
    }
  });
}

/** Marks an unlabelled entry as a list item; a label's own value (`- Severity: High`) is inline. */
function asListItem(entry: Entry): Entry {
  return entry.kind === "value" && entry.label === undefined ? { ...entry, listItem: true } : entry;
}

/**
 * Splits a paragraph at lines that open with a label, so `**Severity:** High` and
 * `**Score:** 8.0` on consecutive lines become two entries. Other lines continue the entry
 * before them, joined with a line break.
 */
function paragraphEntries(paragraph: Paragraph): Entry[] {
  const entries: Entry[] = [];
  for (const line of paragraphLines(paragraph.children)) {
    const labelled = splitLabel(line);
    const last = entries.at(-1);
    if (labelled === undefined && last?.kind === "value") {
      last.value = `${last.value}\n${line.text.trim()}`;
      continue;
    }
    entries.push({
      kind: "value",
      ...(labelled ?? { value: line.text.trim() }),
      line: line.line,
      listItem: false,
    });
  }
  return entries;
}

/** Splits inline content at soft and hard line breaks, remembering an emphasized opening run. */
function paragraphLines(children: PhrasingContent[]): Line[] {
  const first = children[0]?.position?.start.line ?? 0;
  const lines: Line[] = [{ text: "", line: first }];
  const current = (): Line => lines[lines.length - 1] as Line;

  for (const child of children) {
    if (child.type === "break") {
      lines.push({ text: "", line: child.position?.end.line ?? current().line });
      continue;
    }
    if (child.type === "text") {
      const parts = child.value.split("\n");
      const start = child.position?.start.line ?? current().line;
      parts.forEach((part, index) => {
        if (index > 0) lines.push({ text: "", line: start + index });
        current().text += part;
      });
      continue;
    }
    const text = toString(child);
    const line = current();
    if (line.text.trim() === "" && (child.type === "strong" || child.type === "emphasis")) {
      line.emphasized = text;
    }
    line.text += text;
  }
  return lines.filter((line) => line.text.trim() !== "");
}

/**
 * Reads a label at the start of a line. An emphasized opening run is a label when it ends with a
 * colon, is followed by one, or names a known field. Plain text needs a known field name before
 * its colon, so a value such as `Step 1: enable TLS` stays a value.
 */
function splitLabel(line: Line): { label: string; value: string } | undefined {
  const text = line.text.trim();
  if (line.emphasized !== undefined) {
    const emphasized = line.emphasized.trim();
    const label = emphasized.replace(/\s*:$/, "");
    const rest = text.slice(text.indexOf(emphasized) + emphasized.length).trim();
    if (emphasized.endsWith(":") || rest.startsWith(":") || fieldForLabel(label) !== undefined) {
      return { label, value: rest.replace(/^:\s*/, "") };
    }
  }

  const match = /^([A-Za-z][\w ()/-]{0,40}?)\s*:\s*([\s\S]*)$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  if (fieldForLabel(match[1]) === undefined) return undefined;
  return { label: match[1], value: match[2] };
}

/** Reads a table inside a threat section as label and value pairs, one per row. */
function tableEntries(table: Table): Entry[] {
  return table.children.flatMap((row): Entry[] => {
    const [label, ...values] = row.children.map((cell) => toString(cell).trim());
    if (label === undefined || values.length === 0) return [];
    return [
      {
        kind: "value",
        label: label.replace(/:$/, ""),
        value: values.join(", "),
        line: row.position?.start.line ?? 0,
        listItem: false,
      },
    ];
  });
}
