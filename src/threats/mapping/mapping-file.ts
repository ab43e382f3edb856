import { readFile } from "node:fs/promises";
import { isMap, isScalar, isSeq, type YAMLMap } from "yaml";
import { UserError } from "../../user-error.js";
import { parseLocatedDocument, scalarText, type LocatedDocument } from "../yaml-document.js";

/** Control changes for one threat: `replace` sets the list, then `add` appends to it. */
export interface ThreatOverride {
  threatId: string;
  line: number;
  replace?: string[];
  add?: string[];
}

/** Resource patterns for one affected component, by the component's name in the model. */
export interface ComponentScopeEntry {
  component: string;
  line: number;
  patterns: string[];
}

/** A parsed `--mapping` file. */
export interface MappingFile {
  file: string;
  threats: ThreatOverride[];
  components: ComponentScopeEntry[];
}

const EXAMPLE =
  "threats:\n" +
  "  T001:\n" +
  "    add: [rds.storage-encrypted]\n" +
  "components:\n" +
  '  "S3 Bucket (assets)":\n' +
  '    resources: ["webshop-assets-*"]';

/** Reads and checks a mapping file; see parseMappingFile. */
export async function loadMappingFile(
  file: string,
  knownControls: ReadonlySet<string>,
): Promise<MappingFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UserError(
      `Could not read the mapping file ${file}: ${(error as Error).message}.`,
      "Check the path given to --mapping.",
    );
  }
  return parseMappingFile(file, text, knownControls);
}

/**
 * Parses a mapping file in YAML or JSON. A malformed file, an unknown key, a control id that is
 * not in `knownControls` or an empty pattern list is a UserError naming the file and line.
 */
export function parseMappingFile(
  file: string,
  text: string,
  knownControls: ReadonlySet<string>,
): MappingFile {
  const located = parseLocatedDocument(file, text, "mapping file");
  const invalid = (node: unknown, problem: string, fix: string) =>
    new UserError(`${file}:${located.lineOf(node)}: ${problem}`, fix);
  const root = located.document.contents;
  const mapping: MappingFile = { file, threats: [], components: [] };
  if (root === null) return mapping;
  if (!isMap(root)) {
    throw invalid(root, "the mapping file must be a mapping.", `Write it like this:\n${EXAMPLE}`);
  }

  for (const pair of root.items) {
    const key = keyText(pair.key);
    if (key === "threats") {
      mapping.threats = entriesOf(pair.value, "threats", invalid).map(([id, node, keyNode]) =>
        threatOverride(id, node, located.lineOf(keyNode), knownControls, invalid),
      );
    } else if (key === "components") {
      mapping.components = entriesOf(pair.value, "components", invalid).map(
        ([component, node, keyNode]) => componentScope(component, node, keyNode, located, invalid),
      );
    } else {
      throw invalid(
        pair.key,
        `the key "${key}" is not one of threats or components.`,
        `Write it like this:\n${EXAMPLE}`,
      );
    }
  }
  return mapping;
}

type Invalid = (node: unknown, problem: string, fix: string) => UserError;

function entriesOf(node: unknown, key: string, invalid: Invalid): [string, YAMLMap, unknown][] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node)) {
    throw invalid(node, `${key} must be a mapping.`, `Write it like this:\n${EXAMPLE}`);
  }
  return node.items.map((pair) => {
    if (!isMap(pair.value)) {
      throw invalid(
        pair.key,
        `the entry "${keyText(pair.key)}" under ${key} must be a mapping.`,
        `Write it like this:\n${EXAMPLE}`,
      );
    }
    return [keyText(pair.key), pair.value, pair.key];
  });
}

function threatOverride(
  threatId: string,
  node: YAMLMap,
  line: number,
  knownControls: ReadonlySet<string>,
  invalid: Invalid,
): ThreatOverride {
  const override: ThreatOverride = { threatId, line };
  for (const pair of node.items) {
    const key = keyText(pair.key);
    if (key !== "add" && key !== "replace") {
      throw invalid(
        pair.key,
        `the key "${key}" of threat ${threatId} is not one of add or replace.`,
        "Use add: [control ids] to add controls, or replace: [control ids] to set them.",
      );
    }
    const controls = stringList(pair.value, invalid, `${key} of threat ${threatId}`);
    controls.forEach(({ text, node: item }) => {
      if (!knownControls.has(text)) {
        throw invalid(item, `"${text}" is not a control id.`, describeKnown(text, knownControls));
      }
    });
    override[key] = controls.map(({ text }) => text);
  }
  return override;
}

function componentScope(
  component: string,
  node: YAMLMap,
  keyNode: unknown,
  located: LocatedDocument,
  invalid: Invalid,
): ComponentScopeEntry {
  const entry: ComponentScopeEntry = { component, line: located.lineOf(keyNode), patterns: [] };
  for (const pair of node.items) {
    const key = keyText(pair.key);
    if (key === "tags") {
      throw invalid(
        pair.key,
        `component "${component}" is scoped by tags, but the inventory does not collect tags.`,
        "Scope it by name or ARN patterns under resources instead.",
      );
    }
    if (key !== "resources") {
      throw invalid(
        pair.key,
        `the key "${key}" of component "${component}" is not resources.`,
        'List name or ARN patterns under resources, e.g. resources: ["webshop-assets-*"].',
      );
    }
    entry.patterns = stringList(pair.value, invalid, `resources of "${component}"`).map(
      ({ text }) => text,
    );
  }
  if (entry.patterns.length === 0) {
    throw invalid(
      keyNode,
      `component "${component}" lists no resource patterns.`,
      'List name or ARN patterns under resources, e.g. resources: ["webshop-assets-*"].',
    );
  }
  return entry;
}

/** Reads a string or a list of strings, keeping each item's node for messages. */
function stringList(
  node: unknown,
  invalid: Invalid,
  what: string,
): { text: string; node: unknown }[] {
  const items = isSeq(node) ? node.items : [node];
  return items.map((item) => {
    const text = scalarText(item)?.trim();
    if (text === undefined || text === "") {
      throw invalid(item, `${what} must be a string or a list of strings.`, "Write it as [a, b].");
    }
    return { text, node: item };
  });
}

function describeKnown(id: string, knownControls: ReadonlySet<string>): string {
  const service = id.split(".")[0] ?? "";
  const sameService = [...knownControls].filter((known) => known.startsWith(`${service}.`));
  const candidates = sameService.length > 0 ? sameService : [...knownControls];
  return `Use one of the control ids: ${candidates.sort().join(", ")}.`;
}

function keyText(node: unknown): string {
  return scalarText(node) ?? "";
}
