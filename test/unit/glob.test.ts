import { describe, expect, it } from "vitest";

import { globCovers, globMatcher, hasWildcard, matchGlob } from "../../src/glob.js";

const SENSITIVE = { caseSensitive: true };
const INSENSITIVE = { caseSensitive: false };

/** Runs `work` and returns how many milliseconds it took. */
function millisecondsOf(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

describe("matchGlob", () => {
  it.each([
    ["", "", true],
    ["", "a", false],
    ["*", "", true],
    ["*", "anything at all", true],
    ["?", "", false],
    ["?", "a", true],
    ["?", "ab", false],
    ["a*", "a", true],
    ["a*b", "a-b", true],
    ["a*b", "a-b-c", false],
    ["a*b*c", "a-b-b-c", true],
    ["*b", "bbb", true],
    ["a?c", "abc", true],
    ["a?c", "ac", false],
    ["**", "x", true],
    ["*?", "", false],
    ["*?", "x", true],
    ["?*?", "x", false],
    ["a.c", "abc", false],
    ["a[bc]d", "a[bc]d", true],
    ["a[bc]d", "abd", false],
    ["a\\*", "a\\b", true],
    ["^a$", "^a$", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::b/logs/x.gz", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::bb/x", false],
  ])("pattern %j against %j is %s", (pattern, text, expected) => {
    expect(matchGlob(pattern, text, SENSITIVE)).toBe(expected);
  });

  it("matches line breaks with star", () => {
    expect(matchGlob("a*b", "a\nb", SENSITIVE)).toBe(true);
  });

  it("matches line breaks with question mark", () => {
    expect(matchGlob("a?b", "a\nb", SENSITIVE)).toBe(true);
  });

  it("matches one astral character with question mark", () => {
    expect(matchGlob("a?b", "a\u{1F600}b", SENSITIVE)).toBe(true);
  });

  it("compares case-sensitively when asked", () => {
    expect(matchGlob("sqs:Send*", "sqs:sendmessage", SENSITIVE)).toBe(false);
  });

  it("compares case-insensitively when asked", () => {
    expect(matchGlob("sqs:Send*", "SQS:SENDMESSAGE", INSENSITIVE)).toBe(true);
  });

  it("reuses a prepared matcher", () => {
    const matches = globMatcher("ec2:Describe*", INSENSITIVE);

    expect(matches("ec2:DescribeInstances")).toBe(true);
    expect(matches("ec2:RunInstances")).toBe(false);
  });
});

describe("matchGlob hostile patterns", () => {
  const hostile = [
    `ec2:${"*?".repeat(8)}#`,
    `ec2:${"*?".repeat(2000)}#`,
    `${"*a".repeat(3000)}b`,
    `${"?*".repeat(3000)}!`,
  ];

  it.each(hostile.map((pattern) => [pattern.slice(0, 24), pattern]))(
    "pattern %s fails fast",
    (_label, pattern) => {
      const text = `ec2:${"a".repeat(5000)}`;
      let result = true;

      const elapsed = millisecondsOf(() => {
        result = matchGlob(pattern, text, INSENSITIVE);
      });

      expect(result).toBe(false);
      expect(elapsed).toBeLessThan(1000);
    },
  );

  it("action-length texts finish in milliseconds", () => {
    const matches = globMatcher(`ec2:${"*?".repeat(8)}#`, INSENSITIVE);
    const names = Array.from({ length: 1000 }, (_, index) => `ec2:DescribeThing${index}`);

    const elapsed = millisecondsOf(() => names.forEach((name) => matches(name)));

    expect(elapsed).toBeLessThan(100);
  });
});

describe("globCovers", () => {
  it.each([
    ["*", "*", true],
    ["*", "arn:aws:s3:::b/*", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::b/*", true],
    ["arn:aws:s3:::b*", "arn:aws:s3:::b/*", true],
    ["arn:aws:s3:::*/*", "arn:aws:s3:::b/*", true],
    ["arn:aws:s3:::?/*", "arn:aws:s3:::b/*", true],
    ["arn:aws:s3:::b/?", "arn:aws:s3:::b/?", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::b/logs/*", true],
    ["arn:aws:s3:::b/logs/*", "arn:aws:s3:::b/*", false],
    ["arn:aws:s3:::b/?", "arn:aws:s3:::b/*", false],
    ["arn:aws:s3:::b/x", "arn:aws:s3:::b/?", false],
    ["arn:aws:s3:::b", "arn:aws:s3:::b/*", false],
    ["a*b", "a*", false],
  ])("%j covers %j: %s", (outer, inner, expected) => {
    expect(globCovers(outer, inner, SENSITIVE)).toBe(expected);
  });

  it("misses star-question against question-star", () => {
    // Both match every non-empty text, but the sound and incomplete test returns false.
    expect(globCovers("*?", "?*", SENSITIVE)).toBe(false);
  });

  it("compares case-insensitively when asked", () => {
    expect(globCovers("SQS:*", "sqs:Send*", INSENSITIVE)).toBe(true);
  });

  it("hostile pattern pair finishes fast", () => {
    const outer = `${"*?".repeat(3000)}#`;
    const inner = `${"?*".repeat(3000)}`;
    let result = true;

    const elapsed = millisecondsOf(() => {
      result = globCovers(outer, inner, SENSITIVE);
    });

    expect(result).toBe(false);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("hasWildcard", () => {
  it.each([
    ["sqs:*", true],
    ["sqs:Send?essage", true],
    ["sqs:SendMessage", false],
  ])("%s has a wildcard: %s", (text, expected) => {
    expect(hasWildcard(text)).toBe(expected);
  });
});
