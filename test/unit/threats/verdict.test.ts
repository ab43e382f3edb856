import { describe, expect, it } from "vitest";
import { matchesScopePattern } from "../../../src/threats/mapping/resource-scopes.js";
import type { ResourceScope } from "../../../src/threats/threat.js";
import { judgeThreat } from "../../../src/threats/verdict.js";
import { findingFixture, threatFixture } from "./threat-helpers.js";

const KNOWN = new Set(["s3.tls-only-policy", "rds.tls-required"]);

const ASSETS_ONLY: ResourceScope = {
  component: "S3 Bucket (assets)",
  resourceTypes: ["AWS::S3::Bucket"],
  patterns: ["webshop-assets*"],
};

const logsBucket = { arn: "arn:aws:s3:::webshop-logs", name: "webshop-logs" };

describe("threat verdict", () => {
  describe("without controls", () => {
    const verdict = judgeThreat(threatFixture(), [], KNOWN);

    it("is manual", () => {
      expect(verdict.status).toBe("manual");
    });

    it("says to verify by hand", () => {
      expect(verdict.summary).toBe("No automated control covers this threat: verify it by hand.");
    });
  });

  describe("with one resource failing two controls", () => {
    const threat = threatFixture({ controls: ["s3.tls-only-policy", "rds.tls-required"] });
    const findings = [
      findingFixture("s3.tls-only-policy", "fail"),
      findingFixture("rds.tls-required", "fail"),
    ];
    const verdict = judgeThreat(threat, findings, KNOWN);

    it("counts the resource once", () => {
      expect(verdict.summary).toBe("1 resource fails controls (2 failing findings).");
    });
  });

  describe("with only a suppressed failure", () => {
    const threat = threatFixture({ controls: ["s3.tls-only-policy"] });
    const verdict = judgeThreat(threat, [], KNOWN, [findingFixture("s3.tls-only-policy", "fail")]);

    it("is unverified", () => {
      expect(verdict.status).toBe("unverified");
    });

    it("says the risk is accepted", () => {
      expect(verdict.summary).toContain("suppressed as accepted risk");
    });
  });

  describe("with a scope", () => {
    const threat = threatFixture({ controls: ["s3.tls-only-policy"], scopes: [ASSETS_ONLY] });
    const findings = [
      findingFixture("s3.tls-only-policy", "pass"),
      findingFixture("s3.tls-only-policy", "fail", logsBucket),
    ];
    const verdict = judgeThreat(threat, findings, KNOWN);

    it("ignores a failure outside the scope", () => {
      expect(verdict.status).toBe("mitigated");
    });

    it("lists the excluded finding", () => {
      expect(verdict.excludedFindingIds).toEqual(["s3.tls-only-policy:arn:aws:s3:::webshop-logs"]);
    });

    it("lists the deciding findings per control", () => {
      expect(verdict.findingIdsByControl).toEqual({
        "s3.tls-only-policy": ["s3.tls-only-policy:arn:aws:s3:::webshop-assets"],
      });
    });

    it("keeps an error about a whole listing", () => {
      const listing = findingFixture("s3.tls-only-policy", "error", {
        arn: "arn:aws:s3:::*",
        name: "S3 buckets",
      });

      expect(judgeThreat(threat, [listing], KNOWN).status).toBe("unverified");
    });

    it("keeps resources of other types", () => {
      const database = findingFixture("s3.tls-only-policy", "fail", {
        arn: "arn:aws:rds:eu-west-1:123456789012:cluster:shop",
        type: "AWS::RDS::DBCluster",
        name: "shop",
      });

      expect(judgeThreat(threat, [database], KNOWN).status).toBe("open");
    });

    it("matches a pattern against the ARN", () => {
      const arnScope = { ...ASSETS_ONLY, patterns: ["arn:aws:s3:::webshop-logs"] };
      const scoped = threatFixture({ controls: ["s3.tls-only-policy"], scopes: [arnScope] });

      expect(judgeThreat(scoped, findings, KNOWN).status).toBe("open");
    });
  });

  describe("without a scope", () => {
    it("is open when any finding fails", () => {
      const threat = threatFixture({ controls: ["s3.tls-only-policy"] });
      const findings = [findingFixture("s3.tls-only-policy", "fail", logsBucket)];

      expect(judgeThreat(threat, findings, KNOWN).status).toBe("open");
    });

    it("is unverified when a control is not implemented", () => {
      const threat = threatFixture({ controls: ["s3.tls-only-policy", "s3.unknown"] });
      const findings = [findingFixture("s3.tls-only-policy", "pass")];

      expect(judgeThreat(threat, findings, KNOWN).status).toBe("unverified");
    });
  });
});

describe("glob patterns", () => {
  it.each([
    ["webshop-*", "webshop-assets", true],
    ["webshop-*", "other-assets", false],
    ["web?hop", "webshop", true],
    ["web?hop", "webshops", false],
    ["a.b", "axb", false],
    ["arn:aws:s3:::*", "arn:aws:s3:::x", true],
    [`${"*?".repeat(12)}#`, "a".repeat(40), false],
  ])("%s against %s is %s", (pattern, text, matches) => {
    expect(matchesScopePattern(pattern, text)).toBe(matches);
  });
});
