/**
 * An error the user can fix: a bad flag, a missing file, missing credentials. The CLI prints
 * its message and fix without a stack trace and exits with code 2.
 */
export class UserError extends Error {
  override readonly name = "UserError";

  constructor(
    message: string,
    /** What to do next, as one sentence. */
    readonly fix: string,
  ) {
    super(message);
  }
}
