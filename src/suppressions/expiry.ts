const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * True when an entry that expires on `expires` (YYYY-MM-DD) no longer applies at `now`. The
 * entry applies through the whole expiry day in UTC, so it expires at the next midnight UTC.
 */
export function isExpired(expires: string, now: Date): boolean {
  const endOfDay = Date.parse(`${expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return now.getTime() >= endOfDay;
}
