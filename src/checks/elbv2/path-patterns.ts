import type { ListenerRule } from "../../collect/inventory.js";

/**
 * Tells whether every path that the ALB path pattern `rulePattern` matches is also matched by
 * `publicPattern`. ALB path patterns are case-sensitive, with `*` for any run of characters and
 * `?` for exactly one. The test may miss a pattern that is covered, but never calls an uncovered
 * one covered: a wildcard of the rule's pattern is covered only by a wildcard as wide.
 */
export function isCoveredBy(rulePattern: string, publicPattern: string): boolean {
  const memo = new Map<string, boolean>();

  const covers = (publicIndex: number, ruleIndex: number): boolean => {
    const key = `${publicIndex}:${ruleIndex}`;
    const known = memo.get(key);
    if (known !== undefined) return known;

    let result: boolean;
    const publicChar = publicPattern[publicIndex];
    const ruleChar = rulePattern[ruleIndex];
    if (publicChar === undefined) {
      result = ruleChar === undefined;
    } else if (publicChar === "*") {
      // The public `*` takes no more of the rule's pattern, or one more character of it.
      result =
        covers(publicIndex + 1, ruleIndex) ||
        (ruleChar !== undefined && covers(publicIndex, ruleIndex + 1));
    } else if (ruleChar === undefined) {
      result = false;
    } else if (publicChar === "?") {
      // A rule's `*` can stand for several characters or none, which one `?` does not cover.
      result = ruleChar !== "*" && covers(publicIndex + 1, ruleIndex + 1);
    } else {
      result = ruleChar === publicChar && covers(publicIndex + 1, ruleIndex + 1);
    }

    memo.set(key, result);
    return result;
  };

  return covers(0, 0);
}

/** Path patterns of a rule's path-pattern conditions. */
export function rulePathPatterns(rule: ListenerRule): string[] {
  return rule.conditions
    .filter((condition) => condition.field === "path-pattern")
    .flatMap((condition) => condition.values);
}

/**
 * Tells whether a rule matches only public paths: it has path-pattern conditions, and each of
 * their patterns is covered by one of `publicPatterns`.
 *
 * NOTE: The elbv2 collector drops the RegexValues of path-pattern conditions, so a rule that also
 * matches a regular expression can be taken for public when its plain patterns are public.
 */
export function isPublicRule(rule: ListenerRule, publicPatterns: string[]): boolean {
  const conditions = rule.conditions.filter((condition) => condition.field === "path-pattern");
  if (conditions.length === 0) return false;

  return conditions.every(
    (condition) =>
      condition.values.length > 0 &&
      condition.values.every((pattern) =>
        publicPatterns.some((publicPattern) => isCoveredBy(pattern, publicPattern)),
      ),
  );
}
