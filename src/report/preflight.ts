import { access, constants, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UserError } from "../user-error.js";

/** Files an audit writes, by option name; absent options are skipped. */
export type OutputPaths = Record<string, string | undefined>;

/**
 * Checks before any AWS call that every output file can be written, so a long audit of a large
 * account is not thrown away at the end by a typo in a path. Two outputs may not share a path,
 * and no output may overwrite the inventory being read.
 */
export async function assertWritableOutputs(
  outputs: OutputPaths,
  inventoryPath?: string,
): Promise<void> {
  const seen = new Map<string, string>();
  if (inventoryPath !== undefined) seen.set(resolve(inventoryPath), "--inventory");

  for (const [option, path] of Object.entries(outputs)) {
    if (path === undefined) continue;
    const absolute = resolve(path);
    const other = seen.get(absolute);
    if (other !== undefined) {
      throw new UserError(
        `${option} and ${other} name the same file ${path}.`,
        `Give ${option} a file of its own.`,
      );
    }
    seen.set(absolute, option);
    await assertWritable(option, path);
  }
}

async function assertWritable(option: string, path: string): Promise<void> {
  const folder = dirname(resolve(path));
  try {
    const folderStat = await stat(folder);
    if (!folderStat.isDirectory()) throw new Error(`${folder} is not a folder`);
    await access(folder, constants.W_OK);
    const fileStat = await stat(path).catch(() => undefined);
    if (fileStat?.isDirectory() === true) throw new Error(`${path} is a folder`);
    if (fileStat !== undefined) await access(path, constants.W_OK);
  } catch (error) {
    throw new UserError(
      `${option} ${path} cannot be written: ${(error as Error).message}.`,
      `Create the folder or choose a writable path for ${option}.`,
    );
  }
}
