import { describe, expect, it } from "vitest";
import { describeStatement } from "../../../../src/checks/wafv2/scope-down.js";
import { ruleGroupArn } from "./fixtures.js";

const LOGIN_PATH = {
  ByteMatchStatement: {
    FieldToMatch: { UriPath: {} },
    PositionalConstraint: "STARTS_WITH",
    SearchString: "/login",
  },
};

describe("describeStatement", () => {
  it("describes a byte match", () => {
    expect(describeStatement(LOGIN_PATH)).toBe('the URI path starts with "/login"');
  });

  it("describes a single header match", () => {
    const statement = {
      ByteMatchStatement: {
        FieldToMatch: { SingleHeader: { Name: "x-api-key" } },
        PositionalConstraint: "CONTAINS",
        SearchString: "test",
      },
    };

    expect(describeStatement(statement)).toBe('header x-api-key contains "test"');
  });

  it("describes nested logical statements", () => {
    const statement = {
      AndStatement: {
        Statements: [
          LOGIN_PATH,
          { NotStatement: { Statement: { GeoMatchStatement: { CountryCodes: ["DE", "FR"] } } } },
        ],
      },
    };

    expect(describeStatement(statement)).toBe(
      '(the URI path starts with "/login") and (not (the request comes from country DE, FR))',
    );
  });

  it("names an IP set by its ARN", () => {
    const arn = ruleGroupArn("office").replace("rulegroup", "ipset");

    expect(describeStatement({ IPSetReferenceStatement: { ARN: arn } })).toBe(
      "the client IP is in IP set office",
    );
  });

  it("names an unknown statement type", () => {
    expect(describeStatement({ AsnMatchStatement: { AsnList: [64496] } })).toBe(
      "the request matches the AsnMatchStatement",
    );
  });
});
