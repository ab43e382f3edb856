import { describe, expect, it } from "vitest";
import { parseSuppressionFile } from "../../../src/suppressions/parse.js";
import { UserError } from "../../../src/user-error.js";
import { KNOWN_CONTROLS } from "./suppression-fixture.js";

function parse(text: string) {
  return parseSuppressionFile(text, ".threat-audit.yml", KNOWN_CONTROLS);
}

/** Returns the UserError `parse` throws for `text`. */
function parseError(text: string): UserError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

const VALID = `suppressions:
  - control: s3.server-access-logging
    resource: arn:aws:s3:::webshop-assets-*
    reason: CloudFront logs every request.
    owner: platform-team
    expires: 2026-12-31
`;

describe("suppression file parser", () => {
  it("reads an entry with its line", () => {
    expect(parse(VALID).entries).toEqual([
      {
        control: "s3.server-access-logging",
        resource: "arn:aws:s3:::webshop-assets-*",
        reason: "CloudFront logs every request.",
        owner: "platform-team",
        expires: "2026-12-31",
        line: 2,
      },
    ]);
  });

  it("reads an empty file", () => {
    expect(parse("").entries).toEqual([]);
  });

  it("accepts a missing expiry", () => {
    expect(
      parse(VALID.replace("    expires: 2026-12-31\n", "")).entries[0]?.expires,
    ).toBeUndefined();
  });

  it("names the line of a YAML syntax error", () => {
    const error = parseError("suppressions:\n  - control: rds.tls-required\n   reason: x\n");

    expect(error.message).toMatch(/^Invalid suppression file \.threat-audit\.yml, line 3: /);
  });

  it("rejects a missing reason", () => {
    const error = parseError(VALID.replace("    reason: CloudFront logs every request.\n", ""));

    expect(error.message).toContain("line 2: the entry has no reason.");
  });

  it("rejects an unknown field", () => {
    const error = parseError(VALID.replace("expires:", "expiry:"));

    expect(error.message).toContain('line 6: unknown field "expiry".');
  });

  it("rejects an unknown control", () => {
    const error = parseError(VALID.replace("s3.server-access-logging", "s3.access-logging"));

    expect(error.message).toContain('"s3.access-logging" is not a control of this version.');
    expect(error.fix).toContain("rds.tls-required");
  });

  it("rejects an invalid date", () => {
    const error = parseError(VALID.replace("2026-12-31", "2026-02-30"));

    expect(error.message).toContain('line 2: expires "2026-02-30" is not a date.');
  });

  it("rejects a resource that is not an ARN", () => {
    const error = parseError(VALID.replace("arn:aws:s3:::webshop-assets-*", "webshop-assets"));

    expect(error.message).toContain('resource "webshop-assets" is not an ARN pattern.');
  });

  it("rejects a list at the top", () => {
    const error = parseError("- control: rds.tls-required\n");

    expect(error.message).toContain(
      "line 1: the file must be a mapping with the single key suppressions.",
    );
  });

  it("rejects a non-text value", () => {
    const error = parseError(VALID.replace("owner: platform-team", "owner: [a, b]"));

    expect(error.message).toContain("line 5: owner must be a non-empty text value.");
  });
});
