import { UserError } from "../user-error.js";

/** Environment variable that fixes the clock suppression expiry is judged by, for tests. */
export const NOW_VARIABLE = "THREAT_AUDIT_NOW";

/**
 * Returns the time suppression expiry is judged by: `THREAT_AUDIT_NOW` (an ISO 8601 date or
 * date-time) when set, else the current time. The variable is a test hook, not a user option.
 *
 * @throws UserError when the variable is set to something that is not an ISO 8601 date.
 */
export function auditClock(env: NodeJS.ProcessEnv = process.env): Date {
  const value = env[NOW_VARIABLE];
  if (value === undefined || value === "") return new Date();

  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new UserError(
      `${NOW_VARIABLE} is "${value}", which is not an ISO 8601 date.`,
      `Set ${NOW_VARIABLE} to a date such as 2026-06-30 or 2026-06-30T12:00:00Z, or unset it.`,
    );
  }
  return new Date(time);
}
