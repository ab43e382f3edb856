import { Box, Text } from "ink";
import type { AuditReport } from "../report/report-types.js";
import { findingStyle, threatStyle } from "./status-style.js";
import { formatDuration } from "./text-layout.js";
import { useTheme, type Tone } from "./theme.js";

/** Lines the header takes. */
export const HEADER_HEIGHT = 5;

const THREAT_ORDER = ["open", "unverified", "manual", "mitigated", "not_applicable"];
const FINDING_ORDER = ["fail", "error", "manual", "pass", "not_applicable"];
const SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"] as const;

/** Shows the account and principal, regions, duration, and the counts by verdict and severity. */
export function ReportHeader({ report }: { report: AuditReport }) {
  const principal = report.identity.arn === undefined ? "" : ` · ${report.identity.arn}`;
  const run = report.run;
  const source =
    run.mode === "live"
      ? `${report.apiCalls.total} AWS calls`
      : `saved inventory of ${run.inventoryCollectedAt}`;
  const errors = report.errors.length > 0 ? ` · ${report.errors.length} collection errors` : "";

  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        threat-audit {report.tool.version} · account {report.identity.accountId}
        {principal}
      </Text>
      <Text wrap="truncate-end">
        Regions {describeRegions(report.regions)} · {formatDuration(run.durationMs)} · {source} ·
        exit {run.exitCode} (fails on {run.failOn}){errors}
      </Text>
      <Counts
        title="Threats "
        entries={orderedCounts(report.summary.threats, THREAT_ORDER).map(([status, count]) => {
          const style = threatStyle(status);
          return { text: `${style.glyph} ${count} ${style.label.toLowerCase()}`, tone: style.tone };
        })}
      />
      <Counts
        title="Findings"
        entries={orderedCounts(report.summary.findings, FINDING_ORDER).map(([status, count]) => {
          const style = findingStyle(status);
          return { text: `${style.glyph} ${count} ${style.label.toLowerCase()}`, tone: style.tone };
        })}
      />
      <Counts
        title="Failing "
        entries={SEVERITY_ORDER.map((severity) => ({
          text: `${report.summary.failuresBySeverity[severity]} ${severity}`,
          tone: severity,
        }))}
      />
    </Box>
  );
}

/** Up to three region names, then how many more, so the run facts after them stay visible. */
function describeRegions(regions: readonly string[]): string {
  if (regions.length === 0) return "none";
  if (regions.length <= 3) return regions.join(", ");
  return `${regions.slice(0, 3).join(", ")} and ${regions.length - 3} more`;
}

/** The counts in `order` first, then any status a later report version added. */
function orderedCounts(counts: Record<string, number>, order: string[]): [string, number][] {
  const known = order
    .filter((status) => status in counts)
    .map((status): [string, number] => [status, counts[status] ?? 0]);
  const added = Object.entries(counts).filter(([status]) => !order.includes(status));
  return [...known, ...added];
}

interface CountsProps {
  title: string;
  entries: { text: string; tone: Tone | undefined }[];
}

function Counts({ title, entries }: CountsProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {title}
      {entries.map((entry, index) => (
        <Text key={index} color={theme.color(entry.tone)}>
          {"  "}
          {entry.text}
        </Text>
      ))}
    </Text>
  );
}
