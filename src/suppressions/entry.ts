import type { ReportSuppressionEntry } from "../report/report-types.js";

/** One entry of a suppression file: an accepted risk for one control on matching resources. */
export type SuppressionEntry = ReportSuppressionEntry;

/** A parsed suppression file. */
export interface SuppressionFile {
  /** Path as given on the command line, or the default file name. */
  path: string;
  entries: SuppressionEntry[];
}

/** File read from the working directory when `--suppressions` is not given. */
export const DEFAULT_SUPPRESSION_FILE = ".threat-audit.yml";
