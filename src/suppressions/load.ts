import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../user-error.js";
import { DEFAULT_SUPPRESSION_FILE, type SuppressionFile } from "./entry.js";
import { parseSuppressionFile } from "./parse.js";

/**
 * Reads the suppression file: `path` when given, else `.threat-audit.yml` in `cwd` when it
 * exists. Returns undefined when no path is given and the default file does not exist.
 *
 * @throws UserError when the named file cannot be read or either file is invalid.
 */
export async function loadSuppressionFile(
  path: string | undefined,
  knownControls: ReadonlySet<string>,
  cwd: string = process.cwd(),
): Promise<SuppressionFile | undefined> {
  const filePath = path ?? DEFAULT_SUPPRESSION_FILE;
  let text: string;
  try {
    text = await readFile(path ?? join(cwd, DEFAULT_SUPPRESSION_FILE), "utf8");
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UserError(
      `Could not read the suppression file ${filePath}: ${(error as Error).message}.`,
      "Check the path given to --suppressions.",
    );
  }
  return parseSuppressionFile(text, filePath, knownControls);
}
