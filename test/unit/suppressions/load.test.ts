import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSuppressionFile } from "../../../src/suppressions/load.js";
import { KNOWN_CONTROLS } from "./suppression-fixture.js";

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "threat-audit-suppressions-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ENTRY =
  "suppressions:\n  - control: rds.tls-required\n    resource: '*'\n    reason: Test data only.\n";

describe("suppression file loader", () => {
  it("reads the default file", async () => {
    const file = await loadSuppressionFile(
      undefined,
      KNOWN_CONTROLS,
      folder({ ".threat-audit.yml": ENTRY }),
    );

    expect(file?.path).toBe(".threat-audit.yml");
    expect(file?.entries).toHaveLength(1);
  });

  it("skips a missing default file", async () => {
    expect(await loadSuppressionFile(undefined, KNOWN_CONTROLS, folder())).toBeUndefined();
  });

  it("rejects a missing named file", async () => {
    await expect(loadSuppressionFile("/nonexistent/accepted.yml", KNOWN_CONTROLS)).rejects.toThrow(
      /Could not read the suppression file \/nonexistent\/accepted\.yml/,
    );
  });
});
