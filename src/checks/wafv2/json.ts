/** A WAFv2 statement, action or other object as the inventory stores it: plain JSON in the API's spelling. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return value as JsonObject;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** Returns the objects of a JSON array, or an empty list when `value` is not an array. */
export function asObjects(value: unknown): JsonObject[] {
  if (!Array.isArray(value)) return [];
  return value.map(asObject).filter((item): item is JsonObject => item !== undefined);
}

/**
 * Returns the lower-cased name of the action a WAFv2 action object sets, e.g. `{ Count: {} }`
 * gives `count`. WAFv2 writes each action as an object with exactly one key.
 */
export function actionName(value: unknown): string | undefined {
  const action = asObject(value);
  if (action === undefined) return undefined;
  return Object.keys(action)[0]?.toLowerCase();
}
