import { writeFileSync } from "node:fs";

// Preloaded into a benchmarked CLI process: writes its peak resident set size (KiB) on exit.
const target = process.env.THREAT_AUDIT_RSS_FILE;
if (target !== undefined) {
  process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
