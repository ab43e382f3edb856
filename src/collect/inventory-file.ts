import { readFile, writeFile } from "node:fs/promises";
import { UserError } from "../user-error.js";
import type { Inventory } from "./inventory.js";

const INVENTORY_VERSION = 1;

export async function saveInventory(path: string, inventory: Inventory): Promise<void> {
  try {
    await writeFile(path, JSON.stringify(inventory, null, 2) + "\n", "utf8");
  } catch (error) {
    throw new UserError(
      `Could not write the inventory to ${path}: ${(error as Error).message}.`,
      "Choose a path in a writable folder for --save-inventory.",
    );
  }
}

/** Reads an inventory saved with --save-inventory, rejecting files that are not one. */
export async function loadInventory(path: string): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(
      `Could not read the inventory file ${path}: ${(error as Error).message}.`,
      "Pass the path of a file written by --save-inventory.",
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `The inventory file ${path} is not valid JSON: ${(error as Error).message.replace(/\s+/g, " ")}.`,
      "Pass a file written by --save-inventory, unmodified.",
    );
  }
  return validateInventory(data, path);
}

function validateInventory(data: unknown, path: string): Inventory {
  const fix = "Pass a file written by --save-inventory of this version, or collect a new one.";
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UserError(`The inventory file ${path} does not hold a JSON object.`, fix);
  }

  const record = data as Record<string, unknown>;
  if (!("inventoryVersion" in record)) {
    const hint =
      "reportVersion" in record ? " (it looks like a JSON report, written by --json)" : "";
    throw new UserError(
      `The file ${path} is not an inventory saved by --save-inventory${hint}: it has no inventoryVersion field.`,
      fix,
    );
  }
  if (record.inventoryVersion !== INVENTORY_VERSION) {
    throw new UserError(
      `The inventory file ${path} has inventoryVersion ${JSON.stringify(record.inventoryVersion)}; ` +
        `this version of threat-audit reads version ${INVENTORY_VERSION}.`,
      fix,
    );
  }
  const problems: string[] = [];
  if (typeof record.accountId !== "string") problems.push("accountId is not a string");
  if (typeof record.collectedAt !== "string") problems.push("collectedAt is not a string");
  if (
    !Array.isArray(record.regions) ||
    !record.regions.every((region) => typeof region === "string")
  ) {
    problems.push("regions is not a list of region names");
  }
  if (Array.isArray(record.regions) && record.regions.length === 0) {
    problems.push("regions is empty, so no region could be judged");
  }
  if (Array.isArray(record.regions) && new Set(record.regions).size !== record.regions.length) {
    problems.push("regions lists a region twice");
  }
  if (typeof record.parts !== "object" || record.parts === null || Array.isArray(record.parts)) {
    problems.push("parts is not an object");
  }
  if (problems.length > 0) {
    throw new UserError(`The inventory file ${path} is malformed: ${problems.join("; ")}.`, fix);
  }
  return data as Inventory;
}
