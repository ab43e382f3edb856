import { describe, expect, test } from "vitest";

import { decodePolicyDocument } from "../../../src/policy/decode.js";

describe("decodePolicyDocument", () => {
  test("decodes URL-encoded text once", () => {
    const result = decodePolicyDocument("%7B%22a%22%3A%22%2541%22%7D");

    expect(result).toEqual({ ok: true, value: '{"a":"%41"}' });
  });

  test("leaves raw JSON untouched", () => {
    const result = decodePolicyDocument(' \n{"a":"100%"}');

    expect(result).toEqual({ ok: true, value: ' \n{"a":"100%"}' });
  });

  test("keeps plus signs", () => {
    const result = decodePolicyDocument("%7B%22a%22%3A%22x+y%22%7D");

    expect(result).toEqual({ ok: true, value: '{"a":"x+y"}' });
  });

  test("reports a malformed escape", () => {
    const result = decodePolicyDocument("%7B%22a%G1");

    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.position).toBe(7);
  });

  test("reports invalid UTF-8", () => {
    const result = decodePolicyDocument("%7B%22a%22%3A%22%C3%28%22%7D");

    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.position).toBe(16);
  });
});
