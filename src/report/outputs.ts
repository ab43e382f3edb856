import { writeFile } from "node:fs/promises";
import { UserError } from "../user-error.js";
import { jsonWriter } from "./json.js";
import { junitWriter } from "./junit.js";
import { markdownWriter } from "./markdown.js";
import type { AuditReport } from "./report-types.js";
import { sarifWriter } from "./sarif.js";
import type { OutputOptions, ReportWriter } from "./writer.js";

export type { OutputOptions } from "./writer.js";

/** Every report format, in the order their files are written. */
export const REPORT_WRITERS: readonly ReportWriter[] = [
  jsonWriter,
  sarifWriter,
  junitWriter,
  markdownWriter,
];

/** Writes every report file the options name. */
export async function writeOutputs(report: AuditReport, options: OutputOptions): Promise<void> {
  for (const writer of REPORT_WRITERS) {
    const path = options[writer.key];
    if (path !== undefined) await writeOutput(path, writer.option, writer.render(report, options));
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
