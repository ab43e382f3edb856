import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { mapThreatModel } from "../../../src/threats/mapping/map-threats.js";
import { parseMappingFile } from "../../../src/threats/mapping/mapping-file.js";
import { fixtureText, parseFixture, threatById } from "./threat-helpers.js";

const KNOWN = new Set(CHECKS.map((check) => check.id));

function mappingFixture() {
  return parseMappingFile("mapping.yaml", fixtureText("mapping.yaml"), KNOWN);
}

describe("threat to control mapping", () => {
  describe("variant reports", () => {
    it("maps a database over CWE-319 to TLS only", () => {
      const mapped = mapThreatModel(parseFixture("reordered-fields.md"));

      expect(threatById(mapped.threats, "T101").controls).toEqual(["rds.tls-required"]);
    });

    it("maps a bucket over CWE-284 to the five S3 access controls", () => {
      const mapped = mapThreatModel(parseFixture("reordered-fields.md"));

      expect(threatById(mapped.threats, "T102").controls).toEqual([
        "s3.account-public-access-block",
        "s3.bucket-public-access-block",
        "s3.bucket-public-exposure",
        "s3.object-ownership-enforced",
        "s3.tls-only-policy",
      ]);
    });

    it("maps public entry points over CWE-400 to rate limits", () => {
      const mapped = mapThreatModel(parseFixture("nested-headings.md"));

      expect(threatById(mapped.threats, "T201").controls).toEqual([
        "wafv2.alb-rate-limit",
        "wafv2.cloudfront-rate-limit",
      ]);
    });

    it("says which rule mapped a control", () => {
      const mapped = mapThreatModel(parseFixture("reordered-fields.md"));

      expect(threatById(mapped.threats, "T101").mappedBy).toEqual({
        "rds.tls-required": "CWE-319 on the database Orders database (Aurora PostgreSQL)",
      });
    });

    it("maps account-wide CWE-778 without a matching component", () => {
      const mapped = mapThreatModel(parseFixture("optional-fields.md"));

      expect(threatById(mapped.threats, "T302").controls).toContain(
        "cloudtrail.multi-region-logging",
      );
    });
  });

  describe("unmappable threats", () => {
    const mapped = mapThreatModel(parseFixture("optional-fields.md"));

    it("keep no control", () => {
      expect(threatById(mapped.threats, "T301").controls).toEqual([]);
    });

    it("warn about the unknown component", () => {
      expect(mapped.warnings).toContain(
        'optional-fields.md:3: threat T301 names the component "Session cache (ElastiCache Redis)", ' +
          "which matches no known kind of AWS resource, so no control is mapped for it.",
      );
    });

    it("warn that the verdict is manual", () => {
      expect(mapped.warnings).toContain(
        "optional-fields.md:3: no control is mapped to threat T301 (CWE-349; components: " +
          "Session cache (ElastiCache Redis)), so its verdict is manual. Map controls to it in a " +
          "--mapping file.",
      );
    });
  });

  describe("mapping file", () => {
    const mapped = mapThreatModel(parseFixture("reordered-fields.md"), mappingFixture());

    it("adds controls after the mapped ones", () => {
      expect(threatById(mapped.threats, "T101").controls).toEqual([
        "rds.tls-required",
        "rds.storage-encrypted",
      ]);
    });

    it("replaces controls", () => {
      expect(threatById(mapped.threats, "T102").controls).toEqual(["s3.bucket-public-exposure"]);
    });

    it("names the mapping file and line for an added control", () => {
      expect(threatById(mapped.threats, "T101").mappedBy?.["rds.storage-encrypted"]).toBe(
        "mapping file mapping.yaml, line 2",
      );
    });

    it("keeps the knowledge base's reason for a kept control", () => {
      expect(threatById(mapped.threats, "T101").mappedBy?.["rds.tls-required"]).toMatch(
        /^CWE-319 on the database/,
      );
    });

    it("scopes a component to its patterns", () => {
      expect(threatById(mapped.threats, "T101").scopes).toEqual([
        {
          component: "Orders database (Aurora PostgreSQL)",
          resourceTypes: ["AWS::RDS::DBCluster", "AWS::RDS::DBInstance"],
          patterns: ["orders-*"],
        },
      ]);
    });

    it("leaves other threats unscoped", () => {
      expect(threatById(mapped.threats, "T102").scopes).toBeUndefined();
    });

    it("warns about a threat id the model lacks", () => {
      expect(mapped.warnings).toContain(
        "mapping.yaml:6: threat T999 is not in reordered-fields.md, so its controls are not used.",
      );
    });

    it("warns about a component no threat names", () => {
      expect(mapped.warnings).toContain(
        'mapping.yaml:11: no threat in reordered-fields.md names the component "Nowhere", so ' +
          "its resource patterns are not used.",
      );
    });
  });
});
