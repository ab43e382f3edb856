#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { main } from "./cli.js";

const packageJson = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as {
  version: string;
};

process.exitCode = await main(process.argv.slice(2), packageJson.version);
