/**
 * Glob matching for IAM-style patterns: `*` matches any run of characters (slashes, colons and
 * line breaks included) and `?` matches exactly one character. Every other character, `[` and `\`
 * included, matches only itself.
 *
 * The matchers never build a regular expression. A `*`/`?` pattern compiled to a backtracking
 * RegExp takes exponential time on hostile input such as `ec2:*?*?*?*?*?*?*?*?#`, and anyone who
 * may write a policy can supply one. Here a mismatch returns to the last `*` only, so a match
 * takes at most O(text length x min(pattern length, text length)) steps. Characters are Unicode
 * code points, so `?` matches one astral character rather than half of a surrogate pair.
 */

export interface GlobOptions {
  /**
   * False to compare characters after lower-casing both sides, as IAM does for action names.
   * ARNs and S3 object keys compare case-sensitively.
   */
  caseSensitive: boolean;
}

/** True when the text contains a glob wildcard: `*` or `?`. */
export function hasWildcard(text: string): boolean {
  return text.includes("*") || text.includes("?");
}

/** True when the whole text matches the pattern. */
export function matchGlob(pattern: string, text: string, options: GlobOptions): boolean {
  return globMatcher(pattern, options)(text);
}

/**
 * Prepares a pattern once for many texts, such as an Action pattern tested against every action of
 * a service.
 */
export function globMatcher(pattern: string, options: GlobOptions): (text: string) => boolean {
  const patternChars = toChars(pattern, options);

  return (text) => {
    const textChars = toChars(text, options);
    return matchTokens(patternChars, textChars, (token, char) => token === "?" || token === char);
  };
}

/**
 * True when every text that `inner` matches is also matched by `outer`, such as `arn:aws:s3:::b*`
 * covering `arn:aws:s3:::b/*`. An `*` of `inner` is covered only by an `*` of `outer`, and a `?`
 * of `inner` only by a `?` or an `*` of `outer`. It runs in the same time bound as `matchGlob`.
 *
 * NOTE: the test is sound but not complete. A true result is always right, but some patterns that
 * do cover each other get false, such as `*?` and `?*` (both match every non-empty text). Callers
 * must treat false as "not shown to cover".
 */
export function globCovers(outer: string, inner: string, options: GlobOptions): boolean {
  const outerChars = toChars(outer, options);
  const innerChars = toChars(inner, options);

  return matchTokens(outerChars, innerChars, (token, char) => {
    if (char === "*") {
      return false;
    }

    return token === "?" || token === char;
  });
}

/**
 * Matches pattern tokens against subject tokens with the greedy two-pointer method. Both advance
 * while `matchesOne` accepts. The last `*` and the subject position it started at are kept, and on
 * a mismatch that `*` absorbs one more subject token and matching resumes after it. Returning only
 * to the last `*` is enough because the parts between stars are matched at their leftmost
 * position, and a later start never helps an earlier part.
 */
function matchTokens(
  pattern: readonly string[],
  subject: readonly string[],
  matchesOne: (token: string, char: string) => boolean,
): boolean {
  let patternIndex = 0;
  let subjectIndex = 0;
  let starIndex = -1;
  let starSubjectIndex = 0;

  while (subjectIndex < subject.length) {
    const token = pattern[patternIndex];

    if (token === "*") {
      starIndex = patternIndex;
      starSubjectIndex = subjectIndex;
      patternIndex += 1;
      continue;
    }

    if (token !== undefined && matchesOne(token, subject[subjectIndex] as string)) {
      patternIndex += 1;
      subjectIndex += 1;
      continue;
    }

    if (starIndex === -1) {
      return false;
    }

    starSubjectIndex += 1;
    patternIndex = starIndex + 1;
    subjectIndex = starSubjectIndex;
  }

  while (pattern[patternIndex] === "*") {
    patternIndex += 1;
  }

  return patternIndex === pattern.length;
}

function toChars(text: string, options: GlobOptions): string[] {
  return Array.from(options.caseSensitive ? text : text.toLowerCase());
}
