import { describe, expect, it } from "vitest";
import { coversArn, coversEveryObject } from "../../../../src/checks/s3/resource-patterns.js";

const BUCKET = "arn:aws:s3:::example-bucket";

describe("S3 resource patterns", () => {
  it.each([
    [BUCKET, true],
    ["*", true],
    ["arn:aws:s3:::example-*", true],
    ["arn:aws:s3:::example-bucke?", true],
    ["arn:aws:s3:::Example-bucket", false],
    [`${BUCKET}/*`, false],
  ])("pattern %s covers the bucket: %s", (pattern, expected) => {
    expect(coversArn([pattern], BUCKET)).toBe(expected);
  });

  it.each([
    [`${BUCKET}/*`, true],
    ["*", true],
    ["arn:aws:s3:::example-bucket*", true],
    ["arn:aws:s3:::*/*", true],
    ["arn:aws:s3:::*-bucket/*", true],
    [`${BUCKET}/private/*`, false],
    [`${BUCKET}/?`, false],
    [BUCKET, false],
  ])("pattern %s covers every object: %s", (pattern, expected) => {
    expect(coversEveryObject([pattern], BUCKET)).toBe(expected);
  });

  it("rejects hostile patterns quickly", () => {
    const hostile = `arn:aws:s3:::${"*?".repeat(2000)}#`;
    const start = performance.now();

    expect(coversArn([hostile], BUCKET)).toBe(false);
    expect(coversEveryObject([hostile], BUCKET)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
