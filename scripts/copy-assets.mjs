// Copies the files the compiled code reads at run time from src/ into dist/, after tsc.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** Paths under src/ of the files the package ships next to the compiled modules. */
const ASSETS = ["threats/reference-threat-model.md"];

for (const asset of ASSETS) {
  const target = join("dist", asset);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join("src", asset), target);
}
