import type { RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { buildThreatModel } from "../build-threats.js";
import { fieldForLabel, type RawField, type RawThreat } from "../raw-threat.js";
import type { ThreatModel } from "../threat-model.js";
import { sectionFields } from "./section-fields.js";
import { buildSections, type Section } from "./sections.js";
import { summaryRows } from "./summary-table.js";

/**
 * An id opening a heading: letters, an optional `-` or `_`, then digits (`T001`, `TM-12`),
 * optionally after the word `Threat` or inside brackets, then a separator and the title.
 */
const THREAT_HEADING =
  /^(?:threat\s+)?\[?([A-Za-z]{1,10}[-_]?\d{1,6})\]?(?:\s*[:.)\-–—]\s*|\s+|$)(.*)$/i;

/**
 * Parses a Markdown threat report: threat sections (a heading per threat with labelled fields
 * under it, at any heading level) and summary tables (a header row with an ID column). A threat
 * listed only in a summary table keeps the columns the table has.
 */
export function parseMarkdownModel(file: string, text: string): ThreatModel {
  const root = fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const tree = buildSections(root);
  const rows = summaryRows(file, allBlocks(tree));
  const tableIds = new Set(rows.keys());
  const warnings: string[] = [];

  // Threats keep the order in which the document first names them, in a table or a heading.
  const ordered = findThreatSections(tree, tableIds).map((section) => {
    const raw = sectionThreat(file, section, warnings);
    const id = raw.fields.id?.values[0]?.text;
    const row = id === undefined ? undefined : rows.get(id);
    if (id === undefined || row === undefined) return { raw, order: raw.line };
    raw.fields = { ...row.fields, ...raw.fields };
    rows.delete(id);
    return { raw, order: Math.min(row.line, raw.line) };
  });
  ordered.push(...[...rows.values()].map((row) => ({ raw: row, order: row.line })));
  const raws = ordered.sort((a, b) => a.order - b.order).map(({ raw }) => raw);

  const model = buildThreatModel(file, "markdown", raws);
  return { ...model, warnings: [...warnings, ...model.warnings] };
}

function allBlocks(section: Section): RootContent[] {
  return [...section.content, ...section.children.flatMap(allBlocks)];
}

/** Returns the outermost sections that describe one threat each, in document order. */
function findThreatSections(section: Section, tableIds: Set<string>): Section[] {
  return section.children.flatMap((child) =>
    isThreatSection(child, tableIds) ? [child] : findThreatSections(child, tableIds),
  );
}

/**
 * Tells whether a section describes one threat. A heading that opens with an id needs a field
 * or a summary table row. A heading without an id needs an `ID:` field or two other fields, and
 * no threat sections below it. A heading that names a field is never a threat.
 */
function isThreatSection(section: Section, tableIds: Set<string>): boolean {
  if (fieldForLabel(section.title) !== undefined) return false;

  const { fields } = sectionFields(section);
  const fieldCount = Object.keys(fields).filter((field) => field !== "title").length;
  const heading = THREAT_HEADING.exec(section.title);
  if (heading?.[1] !== undefined) return fieldCount > 0 || tableIds.has(heading[1]);

  const looksLikeThreat = fields.id !== undefined || fieldCount >= 2;
  return looksLikeThreat && !section.children.some((child) => containsThreat(child, tableIds));
}

function containsThreat(section: Section, tableIds: Set<string>): boolean {
  return (
    isThreatSection(section, tableIds) ||
    section.children.some((child) => containsThreat(child, tableIds))
  );
}

function sectionThreat(file: string, section: Section, warnings: string[]): RawThreat {
  const { fields, preface } = sectionFields(section);
  const raw: RawThreat = { line: section.line, fields: { ...fields } };
  const heading = THREAT_HEADING.exec(section.title);
  const headingId = heading?.[1];

  if (headingId === undefined) {
    raw.fields.title ??= inline(section.title, section.line);
  } else {
    const fieldId = fields.id?.values[0]?.text.trim();
    if (fieldId !== undefined && fieldId !== headingId) {
      warnings.push(
        `${file}:${fields.id?.line ?? section.line}: the ID field ${fieldId} differs from the ` +
          `id ${headingId} in the heading on line ${section.line}; the heading's id is used.`,
      );
    }
    raw.fields.id = inline(headingId, section.line);
    const title = heading?.[2]?.trim() ?? "";
    if (title !== "") raw.fields.title = inline(title, section.line);
  }

  if (raw.fields.why === undefined && preface !== undefined) raw.fields.why = preface;
  return raw;
}

function inline(text: string, line: number): RawField {
  return { line, values: [{ text, line, listItem: false }] };
}
