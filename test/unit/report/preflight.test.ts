import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertWritableOutputs } from "../../../src/report/preflight.js";

const folder = mkdtempSync(join(tmpdir(), "preflight-test-"));

describe("output preflight", () => {
  it("accepts paths in a writable folder", async () => {
    await expect(
      assertWritableOutputs({ "--json": join(folder, "report.json"), "--sarif": undefined }),
    ).resolves.toBeUndefined();
  });

  it("rejects a missing folder", async () => {
    const result = assertWritableOutputs({ "--json": join(folder, "missing", "report.json") });

    await expect(result).rejects.toThrow(/--json .* cannot be written/);
  });

  it("rejects two outputs on one file", async () => {
    const path = join(folder, "same.json");

    await expect(
      assertWritableOutputs({ "--json": path, "--save-inventory": path }),
    ).rejects.toThrow(/--save-inventory and --json name the same file/);
  });

  it("rejects overwriting the inventory read", async () => {
    const inventory = join(folder, "inventory.json");
    writeFileSync(inventory, "{}");

    await expect(assertWritableOutputs({ "--json": inventory }, inventory)).rejects.toThrow(
      /--json and --inventory name the same file/,
    );
  });
});
