import { writeFile } from "node:fs/promises";
import { UserError } from "../user-error.js";
import type { AuditReport } from "./report-types.js";

/** Report files the user asked for, by option name. */
export interface OutputOptions {
  json?: string;
}

/** Writes every report file the options name. */
export async function writeOutputs(report: AuditReport, options: OutputOptions): Promise<void> {
  if (options.json !== undefined) {
    await writeOutput(options.json, "--json", JSON.stringify(report, null, 2) + "\n");
  }
}

async function writeOutput(path: string, option: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, "utf8");
  } catch (error) {
    throw new UserError(
      `Could not write the report file ${path}: ${(error as Error).message}.`,
      `Choose a path in a writable folder for ${option}.`,
    );
  }
}
