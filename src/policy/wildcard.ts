/** True when the text contains an IAM wildcard: `*` for any run of characters or `?` for one. */
export function hasWildcard(text: string): boolean {
  return /[*?]/.test(text);
}

/**
 * Builds a case-insensitive matcher for an IAM wildcard pattern, as used in Action and NotAction
 * (AWS compares action names case-insensitively).
 */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  const source = pattern
    .split("")
    .map((character) => {
      if (character === "*") {
        return ".*";
      }

      if (character === "?") {
        return ".";
      }

      return character.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  const expression = new RegExp(`^${source}$`, "i");

  return (text) => expression.test(text);
}
