import { describe, expect, it } from "vitest";
import { isCoveredBy, isPublicRule } from "../../../../src/checks/elbv2/path-patterns.js";
import { fixedResponse, pathRule, rule } from "./fixtures.js";

describe("isCoveredBy", () => {
  it.each([
    ["/health", "/health"],
    ["/static/*", "/static/*"],
    ["/static/css/*", "/static/*"],
    ["/static/?", "/static/*"],
    ["/a?c", "/a?c"],
    ["/anything", "*"],
  ])("covers %s by %s", (rulePattern, publicPattern) => {
    expect(isCoveredBy(rulePattern, publicPattern)).toBe(true);
  });

  it.each([
    ["/*", "/static/*"],
    ["/health*", "/health"],
    ["/st?tic/*", "/static/*"],
    ["/a*", "/a?"],
    ["/Health", "/health"],
    ["/static", "/static/*"],
  ])("does not cover %s by %s", (rulePattern, publicPattern) => {
    expect(isCoveredBy(rulePattern, publicPattern)).toBe(false);
  });
});

describe("isPublicRule", () => {
  it("is public when every pattern is covered", () => {
    const healthRule = pathRule("1", ["/health", "/static/*"], [fixedResponse()]);

    expect(isPublicRule(healthRule, ["/health", "/static/*"])).toBe(true);
  });

  it("is not public when one pattern is not covered", () => {
    const mixedRule = pathRule("1", ["/health", "/admin/*"], [fixedResponse()]);

    expect(isPublicRule(mixedRule, ["/health"])).toBe(false);
  });

  it("is not public without a path condition", () => {
    const hostRule = {
      ...rule("1", []),
      conditions: [{ field: "host-header", values: ["a.example.com"] }],
    };

    expect(isPublicRule(hostRule, ["*"])).toBe(false);
  });

  it("is not public with a path condition of no values", () => {
    expect(isPublicRule(pathRule("1", [], []), ["*"])).toBe(false);
  });
});
