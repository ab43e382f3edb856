import { Box, Text, useInput } from "ink";
import { useEffect, useState } from "react";
import { splitKeys } from "./key-map.js";
import type { CollectorRow, RunSnapshot } from "./run-state.js";
import { fit, formatDuration } from "./text-layout.js";
import { useTheme, type Tone } from "./theme.js";
import type { TerminalSize } from "./use-terminal-size.js";

export interface CollectingViewProps {
  snapshot: RunSnapshot;
  size: TerminalSize;
  /** Called on ctrl-c: the audit is still running, so the caller stops the process. */
  onInterrupt: () => void;
  clock: () => number;
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** The spinner and elapsed time advance this often, between store updates too. */
const TICK_MS = 100;

/** Title, counts, calls, blank line and the table's column names above the rows; hints below. */
const FIXED_LINES = 6;

const BAR_WIDTH = 16;

/**
 * Shows progress while the engine collects: overall counts, then one row per service and region.
 * Running rows come first, then failed ones, then the most recently finished. Rows that do not
 * fit the terminal are counted on one line, so 17 regions of 15 services still fit 24 rows.
 */
export function CollectingView({ snapshot, size, onInterrupt, clock }: CollectingViewProps) {
  const theme = useTheme();
  const now = useClock(clock);
  useInput((input, key) => {
    const keys = splitKeys(input, key);
    if (keys.some(([single, singleKey]) => singleKey.ctrl && single === "c")) onInterrupt();
  });

  const rows = orderRows(snapshot.rows);
  const running = rows.filter((row) => row.state === "running").length;
  const failed = rows.filter((row) => row.state === "failed").length;
  const finished = rows.length - running;
  const room = Math.max(2, size.rows - 1 - FIXED_LINES);
  const shown = rows.length > room ? rows.slice(0, room - 1) : rows;
  const hidden = rows.length - shown.length;
  const hiddenRunning = running - shown.filter((row) => row.state === "running").length;
  const spinner = SPINNER[Math.floor(now / TICK_MS) % SPINNER.length] ?? "";
  const calls = snapshot.calls;

  return (
    <Box flexDirection="column" width={size.columns}>
      <Text bold wrap="truncate-end">
        {spinner} threat-audit · collecting · {formatDuration(now - snapshot.startedAtMs)}
      </Text>
      <Text wrap="truncate-end">
        Collectors {finished}/{rows.length}
        <Text color={theme.color(failed > 0 ? "fail" : undefined)}>
          {failed > 0 ? `, ${failed} failed` : ""}
        </Text>{" "}
        {bar(finished, rows.length)} · checks {snapshot.checksDone}/{snapshot.checksTotal} ·{" "}
        {snapshot.failingFindings} findings failing
      </Text>
      <Text wrap="truncate-end">
        AWS calls {calls.calls} · retried {calls.retries} · throttled {calls.throttles} · failed{" "}
        {calls.errors}
      </Text>
      <Text> </Text>
      <Text bold wrap="truncate-end">
        {"  "}
        {fit("Service", 16)} {fit("Region", 15)} {"Resources".padStart(9)} {"Calls".padStart(6)}{" "}
        {"Retries".padStart(7)} {"Throttled".padStart(9)} {"Time".padStart(8)}
      </Text>
      {shown.map((row) => (
        <CollectorLine key={row.key} row={row} now={now} spinner={spinner} />
      ))}
      {hidden > 0 ? (
        <Text color={theme.color("muted")} wrap="truncate-end">
          {"  "}… {hidden} more
          {hiddenRunning > 0 ? `, ${hiddenRunning} of them running` : " finished"}
        </Text>
      ) : null}
      <Text color={theme.color("muted")} wrap="truncate-end">
        ctrl-c stops the audit
      </Text>
    </Box>
  );
}

function CollectorLine({ row, now, spinner }: { row: CollectorRow; now: number; spinner: string }) {
  const theme = useTheme();
  const running = row.state === "running";
  let glyph = "✓";
  let tone: Tone = "pass";
  if (running) [glyph, tone] = [spinner, "accent"];
  if (row.state === "failed") [glyph, tone] = ["✗", "fail"];
  // The clock is read every tick, so a row that started since then would show a negative time.
  const duration = running ? Math.max(0, now - row.startedAtMs) : row.durationMs;
  const resources = running ? "…" : String(row.resources);

  return (
    <Text wrap="truncate-end">
      <Text color={theme.color(tone)}>{glyph}</Text> {fit(row.label, 16)} {fit(row.region, 15)}{" "}
      {resources.padStart(9)} {String(row.tally.calls).padStart(6)}{" "}
      {String(row.tally.retries).padStart(7)} {String(row.tally.throttles).padStart(9)}{" "}
      {formatDuration(duration).padStart(8)}
      {row.failure === undefined ? null : <Text color={theme.color("fail")}> {row.failure}</Text>}
    </Text>
  );
}

/** Running rows in start order, then failed rows, then finished rows, latest first. */
function orderRows(rows: readonly CollectorRow[]): CollectorRow[] {
  const end = (row: CollectorRow) => row.startedAtMs + row.durationMs;
  const running = rows.filter((row) => row.state === "running");
  const failed = rows.filter((row) => row.state === "failed");
  const done = rows.filter((row) => row.state === "done").sort((a, b) => end(b) - end(a));
  return [...running, ...failed, ...done];
}

function bar(done: number, total: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * BAR_WIDTH);
  return "[" + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + "]";
}

/** Returns the current time, read again every tick while the view is mounted. */
function useClock(clock: () => number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
