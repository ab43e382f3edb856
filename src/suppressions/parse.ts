import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { UserError } from "../user-error.js";
import type { SuppressionEntry, SuppressionFile } from "./entry.js";
import { isCalendarDate } from "./expiry.js";

const FIELDS = ["control", "resource", "reason", "owner", "expires"] as const;
type Field = (typeof FIELDS)[number];

const EXAMPLE =
  "suppressions:\n" +
  "  - control: s3.server-access-logging\n" +
  "    resource: arn:aws:s3:::webshop-assets-*\n" +
  "    reason: Access is logged by CloudFront instead.\n" +
  "    owner: platform-team\n" +
  "    expires: 2026-12-31";

/**
 * Parses a suppression file: a YAML mapping whose `suppressions` key contains a list of entries with
 * `control`, `resource` and `reason` (required) and `owner` and `expires` (optional). An empty
 * file has no entries.
 *
 * @throws UserError naming the file, the line and the fix when the YAML is malformed, a field is
 *   missing, unknown or of the wrong type, the control is not one of `knownControls`, or the
 *   expiry is not a YYYY-MM-DD date.
 */
export function parseSuppressionFile(
  text: string,
  path: string,
  knownControls: ReadonlySet<string>,
): SuppressionFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (node: Node | null | undefined) => lineAt(node?.range?.[0] ?? 0);
  const invalid = (line: number, problem: string, fix: string) =>
    new UserError(`Invalid suppression file ${path}, line ${line}: ${problem}`, fix);

  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    throw invalid(
      lineAt(syntaxError.pos[0]),
      `${syntaxError.message}.`,
      "Fix the YAML syntax at that line; indent list items under suppressions: with spaces.",
    );
  }

  const root = document.contents;
  if (root === null) return { path, entries: [] };
  if (
    !isMap(root) ||
    root.items.some((pair) => !isScalar(pair.key) || pair.key.value !== "suppressions")
  ) {
    throw invalid(
      lineOf(root),
      "the file must be a mapping with the single key suppressions.",
      `Write the entries as a list under suppressions:, for example:\n${EXAMPLE}`,
    );
  }

  const list = root.get("suppressions", true);
  if (list === undefined || list === null) return { path, entries: [] };
  if (!isSeq(list)) {
    throw invalid(
      lineOf(list),
      "suppressions must be a list of entries.",
      `Start each entry with "- ", for example:\n${EXAMPLE}`,
    );
  }

  const entries = list.items.map((item): SuppressionEntry => {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      throw invalid(
        line,
        "each entry must be a mapping with control, resource and reason.",
        `Write the entry's fields under its "- ", for example:\n${EXAMPLE}`,
      );
    }

    const fields = new Map<Field, string>();
    for (const pair of item.items) {
      const keyLine = lineOf(pair.key as Node);
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!(FIELDS as readonly string[]).includes(key)) {
        throw invalid(
          keyLine,
          `unknown field "${key}".`,
          `Use only the fields ${FIELDS.join(", ")}.`,
        );
      }
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== "string" || value.trim() === "") {
        throw invalid(
          keyLine,
          `${key} must be a non-empty text value.`,
          key === "expires"
            ? "Write the expiry date as YYYY-MM-DD, for example expires: 2026-12-31."
            : `Give ${key} a value on the same line, for example ${key}: ...`,
        );
      }
      fields.set(key as Field, value.trim());
    }

    return toEntry(fields, line, invalid, knownControls);
  });

  return { path, entries };
}

function toEntry(
  fields: Map<Field, string>,
  line: number,
  invalid: (line: number, problem: string, fix: string) => UserError,
  knownControls: ReadonlySet<string>,
): SuppressionEntry {
  for (const required of ["control", "resource", "reason"] as const) {
    if (!fields.has(required)) {
      throw invalid(
        line,
        `the entry has no ${required}.`,
        "Give every entry a control id, a resource ARN pattern and the reason the risk is accepted.",
      );
    }
  }
  const control = fields.get("control") ?? "";
  const resource = fields.get("resource") ?? "";
  const reason = fields.get("reason") ?? "";
  const owner = fields.get("owner");
  const expires = fields.get("expires");

  if (!knownControls.has(control)) {
    throw invalid(
      line,
      `"${control}" is not a control of this version.`,
      `Use a control id as the report names it: ${[...knownControls].sort().join(", ")}.`,
    );
  }
  if (resource !== "*" && !resource.startsWith("arn:")) {
    throw invalid(
      line,
      `resource "${resource}" is not an ARN pattern.`,
      "Write the resource's ARN, with * for any run of characters, e.g. arn:aws:s3:::webshop-*.",
    );
  }
  if (expires !== undefined && !isCalendarDate(expires)) {
    throw invalid(
      line,
      `expires "${expires}" is not a date.`,
      "Write the last day the entry applies as YYYY-MM-DD, for example expires: 2026-12-31.",
    );
  }

  return {
    control,
    resource,
    reason,
    line,
    ...(owner === undefined ? {} : { owner }),
    ...(expires === undefined ? {} : { expires }),
  };
}
