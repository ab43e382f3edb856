import type { AuditReport } from "./report-types.js";

/** Report files the user asked for, and settings of their formats, by option name. */
export interface OutputOptions {
  json?: string;
  sarif?: string;
  junit?: string;
  markdown?: string;
  /** Repository file every SARIF result points at, for GitHub code scanning. */
  sarifArtifact?: string;
}

/** One report format: the option that names its file and a pure renderer. */
export interface ReportWriter {
  /** Key of the option in `OutputOptions`. */
  key: "json" | "sarif" | "junit" | "markdown";
  /** Command-line option, for messages. */
  option: string;
  /** Usual file extension, without the dot. */
  extension: string;
  render(report: AuditReport, options: OutputOptions): string;
}
