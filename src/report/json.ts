import type { ReportWriter } from "./writer.js";

/** The versioned JSON report, as `docs/report.schema.json` describes it. */
export const jsonWriter: ReportWriter = {
  key: "json",
  option: "--json",
  extension: "json",
  render: (report) => JSON.stringify(report, null, 2) + "\n",
};
