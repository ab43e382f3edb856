import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../../user-error.js";
import { parseMarkdownModel } from "./markdown/parse-markdown.js";
import { parseStructuredModel } from "./parse-structured.js";
import type { ThreatModel } from "./threat-model.js";

/** The built-in model, shipped next to the compiled module (the build copies it into dist). */
export const BUILTIN_MODEL_URL = new URL("../reference-threat-model.md", import.meta.url);

/** The name messages use for the built-in model. */
export const BUILTIN_MODEL_NAME = "built-in reference threat model";

/**
 * Reads a threat model file: `.json`, `.yaml` and `.yml` files are parsed as JSON or YAML, any
 * other file as a Markdown report.
 */
export async function loadThreatModel(file: string): Promise<ThreatModel> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UserError(
      `Could not read the threat model ${file}: ${(error as Error).message}.`,
      "Check the path given to --threat-model.",
    );
  }
  return parseThreatModel(file, text);
}

/** Parses threat model text, choosing the format from the file name's extension. */
export function parseThreatModel(file: string, text: string): ThreatModel {
  const extension = extname(file).toLowerCase();
  if ([".json", ".yaml", ".yml"].includes(extension)) return parseStructuredModel(file, text);
  return parseMarkdownModel(file, text);
}

/** Reads the built-in reference model with the same parser as a user's Markdown report. */
export async function loadBuiltinModel(): Promise<ThreatModel> {
  const text = await readFile(fileURLToPath(BUILTIN_MODEL_URL), "utf8");
  return { ...parseMarkdownModel(BUILTIN_MODEL_NAME, text), file: BUILTIN_MODEL_NAME };
}
