import { isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { UserError } from "../user-error.js";

/** A parsed YAML or JSON document that can tell the line of each of its nodes. */
export interface LocatedDocument {
  document: Document.Parsed;
  lineOf(node: unknown): number;
}

/**
 * Parses YAML (JSON is read as YAML 1.2, whose syntax includes it) keeping line positions.
 * A syntax error is a UserError naming the file, the line and `fileRole`, e.g. `mapping file`.
 */
export function parseLocatedDocument(
  file: string,
  text: string,
  fileRole: string,
): LocatedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    const line = lineCounter.linePos(syntaxError.pos[0]).line;
    throw new UserError(
      `${file}:${line}: the ${fileRole} is not valid YAML or JSON (${syntaxError.message}).`,
      "Fix the syntax at that line.",
    );
  }

  const lineOf = (node: unknown): number => {
    const range = (node as Node | null | undefined)?.range;
    return range === undefined || range === null ? 1 : lineCounter.linePos(range[0]).line;
  };
  return { document, lineOf };
}

/** Returns a scalar node's value as text, or undefined for a null, a list or a mapping. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
