import type { RawField, ThreatField } from "../raw-threat.js";
import { fieldForLabel } from "../raw-threat.js";
import { blockEntries, headingEntry, type Entry } from "./entries.js";
import type { Section } from "./sections.js";

/** The fields found in one section, plus the unlabelled text before the first label. */
export interface SectionFields {
  fields: Partial<Record<ThreatField, RawField>>;
  /** Text before any label, used as the threat's `why` when it has no such field. */
  preface: RawField | undefined;
}

/**
 * Reads a section's fields from its own blocks and its sub-sections. A sub-heading that names a
 * field (`#### Recommended Actions`) opens that field. Any other sub-heading opens an unknown
 * field whose text is skipped, so an extra section does not leak into the field before it.
 * Labels inside an extra section still open their fields.
 */
export function sectionFields(section: Section): SectionFields {
  const fields: Partial<Record<ThreatField, RawField>> = {};
  let preface: RawField | undefined;
  let current: RawField | "skipped" | undefined;

  for (const entry of sectionEntries(section)) {
    if (entry.kind === "break") {
      current = undefined;
      continue;
    }
    if (entry.label !== undefined) {
      const field = fieldForLabel(entry.label);
      current =
        field === undefined ? "skipped" : (fields[field] ??= { line: entry.line, values: [] });
    } else if (current === undefined) {
      current = preface ??= { line: entry.line, values: [] };
    }
    if (current === "skipped" || entry.value.trim() === "") continue;
    current.values.push({ text: entry.value, line: entry.line, listItem: entry.listItem });
  }
  return { fields, preface };
}

function sectionEntries(section: Section): Entry[] {
  return [
    ...blockEntries(section.content),
    ...section.children.flatMap((child) => [
      headingEntry(child.title, child.line),
      ...sectionEntries(child),
    ]),
  ];
}
