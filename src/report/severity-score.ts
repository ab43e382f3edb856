import type { ReportFinding } from "./report-types.js";

/**
 * Scores on the CVSS scale (0.0 to 10.0) for each severity, written with one decimal as GitHub
 * code scanning reads a rule's `security-severity` property: over 9.0 is shown as critical,
 * 7.0 to 8.9 as high, 4.0 to 6.9 as medium, and 3.9 or less as low.
 */
export const SECURITY_SEVERITY: Record<ReportFinding["severity"], string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};
