import type { PublicAccessBlock } from "../../collect/inventory.js";

/** The four Block Public Access settings, with their names in the S3 API. */
export const PUBLIC_ACCESS_BLOCK_SETTINGS: readonly {
  key: keyof PublicAccessBlock;
  name: string;
}[] = [
  { key: "blockPublicAcls", name: "BlockPublicAcls" },
  { key: "ignorePublicAcls", name: "IgnorePublicAcls" },
  { key: "blockPublicPolicy", name: "BlockPublicPolicy" },
  { key: "restrictPublicBuckets", name: "RestrictPublicBuckets" },
];

/** Returns the configuration in the S3 API's spelling for evidence, or null without one. */
export function publicAccessBlockEvidence(
  configuration: PublicAccessBlock | null,
): Record<string, boolean> | null {
  if (configuration === null) return null;

  return Object.fromEntries(
    PUBLIC_ACCESS_BLOCK_SETTINGS.map(({ key, name }) => [name, configuration[key]]),
  );
}

/** Returns the API names of the settings that are off, such as `RestrictPublicBuckets`. */
export function settingsOff(configuration: PublicAccessBlock): string[] {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter(({ key }) => !configuration[key]).map(
    ({ name }) => name,
  );
}

/** Joins names as "A", "A and B" or "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}
