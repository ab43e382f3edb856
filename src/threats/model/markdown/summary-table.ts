import type { RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { UserError } from "../../../user-error.js";
import { fieldForLabel, type RawThreat, type ThreatField } from "../raw-threat.js";

/** Tells whether a table's header row has an id column, e.g. `| ID | Threat | Severity | Score |`. */
export function isSummaryTable(table: Table): boolean {
  return columnFields(table).includes("id");
}

function columnFields(table: Table): (ThreatField | undefined)[] {
  const header = table.children[0];
  if (header === undefined) return [];
  return header.children.map((cell) => fieldForLabel(toString(cell)));
}

/**
 * Reads every summary table among `nodes` into one raw threat per row, keyed by id. A row
 * without an id, or an id listed twice, is a UserError with the row's line.
 */
export function summaryRows(file: string, nodes: RootContent[]): Map<string, RawThreat> {
  const rows = new Map<string, RawThreat>();
  for (const node of nodes) {
    if (node.type !== "table" || !isSummaryTable(node)) continue;

    const fields = columnFields(node);
    for (const row of node.children.slice(1)) {
      const line = row.position?.start.line ?? 0;
      const raw: RawThreat = { line, fields: {} };
      row.children.forEach((cell, index) => {
        const field = fields[index];
        const text = toString(cell).trim();
        if (field === undefined || text === "") return;
        raw.fields[field] = { line, values: [{ text, line, listItem: false }] };
      });

      const id = raw.fields.id?.values[0]?.text;
      if (id === undefined) {
        throw new UserError(
          `${file}:${line}: a row of the threat summary table has no id.`,
          "Fill in the row's ID cell, or delete the row.",
        );
      }
      const earlier = rows.get(id);
      if (earlier !== undefined) {
        throw new UserError(
          `${file}:${line}: threat id ${id} is listed again in the summary table; line ${earlier.line} has it first.`,
          "Give every threat its own id.",
        );
      }
      rows.set(id, raw);
    }
  }
  return rows;
}
