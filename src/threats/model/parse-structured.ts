import { isMap, isScalar, isSeq, type YAMLMap } from "yaml";
import { UserError } from "../../user-error.js";
import { parseLocatedDocument, scalarText, type LocatedDocument } from "../yaml-document.js";
import { buildThreatModel } from "./build-threats.js";
import { fieldForLabel, type RawThreat, type RawValue } from "./raw-threat.js";
import type { ThreatModel } from "./threat-model.js";

const EXAMPLE =
  "threats:\n" +
  "  - id: T001\n" +
  "    title: Potential Exposure of PII Over Unencrypted Database Connection\n" +
  "    severity: high\n" +
  "    affectedComponents: [Aurora (RDS)]\n" +
  "    references: [CWE-319]";

/**
 * Parses a threat model in JSON or YAML: a list of threats, either at the top level or under a
 * `threats` key. Keys are read like Markdown labels, so `affectedComponents`,
 * `affected_components` and `Affected Components` are the same field; unknown keys are ignored.
 */
export function parseStructuredModel(file: string, text: string): ThreatModel {
  const located = parseLocatedDocument(file, text, "threat model");
  const root = located.document.contents;
  const list = isMap(root) ? root.get("threats", true) : root;

  if (!isSeq(list)) {
    throw new UserError(
      `${file}:${located.lineOf(list ?? root)}: the threat model has no list of threats.`,
      `Write the threats as a list under a threats key, for example:\n${EXAMPLE}`,
    );
  }

  const raws = list.items.map((item) => {
    if (!isMap(item)) {
      throw new UserError(
        `${file}:${located.lineOf(item)}: each threat must be a mapping of fields.`,
        `Write each threat's fields under its "- ", for example:\n${EXAMPLE}`,
      );
    }
    return rawThreat(item, located);
  });
  return buildThreatModel(file, "structured", raws);
}

function rawThreat(item: YAMLMap, located: LocatedDocument): RawThreat {
  const raw: RawThreat = { line: located.lineOf(item), fields: {} };
  for (const pair of item.items) {
    const key = scalarText(pair.key) ?? "";
    const field = fieldForLabel(key);
    if (field === undefined) continue;
    raw.fields[field] = {
      line: located.lineOf(pair.key),
      values: scalarValues(pair.value, located),
    };
  }
  return raw;
}

/** Reads a scalar as one value, and a list or mapping as one list item per scalar inside it. */
function scalarValues(node: unknown, located: LocatedDocument): RawValue[] {
  const line = located.lineOf(node);
  if (isScalar(node)) {
    const text = scalarText(node);
    return text === undefined ? [] : [{ text, line, listItem: false }];
  }
  if (isSeq(node) || isMap(node)) {
    const children = isSeq(node) ? node.items : node.items.map((pair) => pair.value);
    return children
      .flatMap((child) => scalarValues(child, located))
      .map((value) => ({ ...value, listItem: true }));
  }
  return [];
}
