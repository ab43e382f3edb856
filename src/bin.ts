#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { main } from "./cli.js";

// The AWS SDK prints an eight-line notice on every run under Node.js 20 that its releases after
// January 2027 need Node.js 22. threat-audit pins SDK versions that run on Node.js 20, so the
// notice is noise here; setting the variable to "false" shows it again.
// The SDK reads the variable when a client is built, after these imports have run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const packageJson = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as {
  version: string;
};

process.exitCode = await main(process.argv.slice(2), packageJson.version);
