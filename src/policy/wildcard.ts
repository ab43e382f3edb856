import { globMatcher } from "../glob.js";

export { hasWildcard } from "../glob.js";

/**
 * Builds a case-insensitive matcher for an IAM wildcard pattern, as used in Action and NotAction
 * (AWS compares action names case-insensitively). It runs in polynomial time on any pattern.
 */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  return globMatcher(pattern, { caseSensitive: false });
}
