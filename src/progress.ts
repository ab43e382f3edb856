import type { AuditEvent } from "./audit-events.js";
import type { CallRecord } from "./aws/call-tracker.js";

/** Prints one line to stderr per collector run as it finishes, and per AWS call with --verbose. */
export function progressPrinter(verbose: boolean, write: (line: string) => void) {
  return (event: AuditEvent): void => {
    if (event.type === "call" && verbose) write(describeCall(event.call));
    if (event.type !== "collect-done") return;

    const progress = event.progress;
    const retries = progress.retries > 0 ? `, ${count(progress.retries, "retry", "retries")}` : "";
    const throttles = progress.throttles > 0 ? `, ${progress.throttles} throttled` : "";
    const outcome =
      progress.error === undefined
        ? count(progress.resources, "resource", "resources")
        : `FAILED: ${progress.error.code} on ${progress.error.action}`;
    write(
      `${progress.label} ${progress.region}: ${outcome}, ${count(progress.calls, "call", "calls")}` +
        `${retries}${throttles}, ${Math.round(progress.durationMs)} ms`,
    );
  };
}

/** Longest request parameters shown per verbose line; pagination tokens can be long. */
const MAX_INPUT_LENGTH = 160;

function describeCall(call: CallRecord): string {
  const outcome = call.errorCode === undefined ? "ok" : `failed: ${call.errorCode}`;
  const throttles = call.throttles > 0 ? ` throttled=${call.throttles}` : "";
  const input =
    call.input.length > MAX_INPUT_LENGTH
      ? `${call.input.slice(0, MAX_INPUT_LENGTH)}...`
      : call.input;
  return (
    `${call.service} ${call.operation} ${call.region} attempts=${call.attempts}${throttles} ` +
    `${Math.round(call.durationMs)}ms ${outcome} ${input}`
  );
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}
