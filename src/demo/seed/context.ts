import type { SeedClients } from "./clients.js";
import type { ReferenceNames } from "./names.js";

/**
 * Version of the reference web shop to seed. "insecure" carries the weaknesses the threat model
 * fears, and "secure" has each of them fixed.
 */
export type SeedVariant = "insecure" | "secure";

/** Clients, names and account facts shared by every component seeder. */
export interface SeedContext {
  readonly clients: SeedClients;
  readonly names: ReferenceNames;
  readonly variant: SeedVariant;
  readonly region: string;
  readonly accountId: string;
}

/** Returns a value that the SDK types as optional but the emulator always sets, or throws. */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`The emulator's response has no ${what}, so seeding cannot continue.`);
  }
  return value;
}

/** Returns an input that only the secure variant creates, or throws when it is missing. */
export function secureInput<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(
      `The secure variant needs the ${what}, but it was not created before this step.`,
    );
  }
  return value;
}
