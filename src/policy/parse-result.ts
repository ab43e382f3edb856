/**
 * Reason a policy document could not be read. Bad policy text is user data, so parsing returns this
 * instead of throwing, and the caller turns it into an `error` finding.
 */
export interface PolicyParseError {
  /** A full sentence naming what is wrong, such as "Statement[1].Effect must be Allow or Deny". */
  reason: string;
  /** Character offset into the text that failed JSON parsing, when the JSON parser reported one. */
  position?: number;
  /** Path of the offending element, such as `Statement[1].Effect`, for a structural error. */
  path?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: PolicyParseError };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function invalid<T>(reason: string, path?: string, position?: number): ParseResult<T> {
  const error: PolicyParseError = { reason };

  if (path !== undefined) {
    error.path = path;
  }

  if (position !== undefined) {
    error.position = position;
  }

  return { ok: false, error };
}

/** True for a JSON object, which excludes null and arrays. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
