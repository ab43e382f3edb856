import { describe, expect, test } from "vitest";

import { parseConditionOperator } from "../../../src/policy/condition-operator.js";

describe("parseConditionOperator", () => {
  test("plain operator", () => {
    expect(parseConditionOperator("StringEquals")).toEqual({
      base: "StringEquals",
      family: "string",
      ifExists: false,
      negated: false,
      wildcards: false,
    });
  });

  test("set qualifier and IfExists", () => {
    expect(parseConditionOperator("ForAnyValue:StringLikeIfExists")).toEqual({
      base: "StringLike",
      family: "string",
      ifExists: true,
      setOperator: "ForAnyValue",
      negated: false,
      wildcards: true,
    });
  });

  test("negated ARN operator", () => {
    expect(parseConditionOperator("ArnNotLike").negated).toBe(true);
  });

  test("ArnEquals allows wildcards", () => {
    expect(parseConditionOperator("ArnEquals").wildcards).toBe(true);
  });

  test("case-insensitive names", () => {
    expect(parseConditionOperator("stringequals").base).toBe("StringEquals");
  });

  test("unknown operator has no family", () => {
    expect(parseConditionOperator("StringEqualz").family).toBeUndefined();
  });

  test("unknown qualifier has no family", () => {
    expect(parseConditionOperator("ForSomeValues:StringEquals").family).toBeUndefined();
  });

  test.each([" StringEquals ", "StringEquals ", "ForAnyValue: StringEquals", "String Equals"])(
    "name with white space %j has no family",
    (name) => {
      expect(parseConditionOperator(name).family).toBeUndefined();
    },
  );
});
