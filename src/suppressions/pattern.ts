import { globMatcher } from "../glob.js";

/**
 * Compiles an ARN pattern to a matcher of whole ARNs. `*` matches any run of characters, slashes
 * and colons included, and `?` one character; every other character matches itself. The matcher
 * runs in linear-bounded time, so a hostile pattern in a suppressions file cannot stall the audit.
 */
export function compileArnPattern(pattern: string): { test(arn: string): boolean } {
  const matches = globMatcher(pattern, { caseSensitive: true });
  return { test: matches };
}
