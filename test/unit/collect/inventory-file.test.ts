import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInventory } from "../../../src/collect/inventory-file.js";
import { UserError } from "../../../src/user-error.js";

function inventoryFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "inventory-test-")), "inventory.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const VALID = {
  inventoryVersion: 1,
  collectedAt: "2026-01-01T00:00:00Z",
  accountId: "1",
  regions: ["eu-west-1"],
  parts: {},
};

describe("loadInventory", () => {
  it("reads a valid inventory", async () => {
    const inventory = await loadInventory(inventoryFile(VALID));

    expect(inventory.regions).toEqual(["eu-west-1"]);
  });

  it.each([
    ["an empty region list", { ...VALID, regions: [] }, /regions is empty/],
    [
      "a duplicated region",
      { ...VALID, regions: ["eu-west-1", "eu-west-1"] },
      /lists a region twice/,
    ],
    ["a JSON report", { reportVersion: 1 }, /looks like a JSON report/],
    ["a newer version", { ...VALID, inventoryVersion: 2 }, /reads version 1/],
    ["text that is not JSON", "hello\n", /is not valid JSON/],
  ])("rejects %s", async (_name, content, message) => {
    const result = loadInventory(inventoryFile(content));

    await expect(result).rejects.toBeInstanceOf(UserError);
    await expect(result).rejects.toThrow(message);
  });
});
