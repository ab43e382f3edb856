import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { componentKinds } from "../../../src/threats/mapping/component-kinds.js";
import { KNOWLEDGE_BASE } from "../../../src/threats/mapping/knowledge-base.js";

const KNOWN = new Set(CHECKS.map((check) => check.id));

const COMPONENTS: [string, string[]][] = [
  ["Aurora (RDS)", ["database"]],
  ["Application Load Balancer", ["load-balancer"]],
  ["S3 Bucket (assets)", ["bucket"]],
  ["SQS Queue (jobs)", ["queue"]],
  ["SNS Topic (events)", ["topic"]],
  ["Lambda Worker", ["function"]],
  ["CloudFront", ["cdn"]],
  ["ECS Service (Fargate)", ["container-service"]],
  ["Orders database (Aurora PostgreSQL)", ["database"]],
  ["SNS/SQS fan-out", ["queue", "topic"]],
  ["Session cache (ElastiCache Redis)", []],
  ["Albatross", []],
];

describe("knowledge base", () => {
  it.each(KNOWLEDGE_BASE.map((rule) => [rule.cwe, rule.control]))(
    "maps %s to %s, a control of the catalog",
    (_cwe, control) => {
      expect(KNOWN.has(control)).toBe(true);
    },
  );

  it("spells every CWE as CWE-<number>", () => {
    expect(KNOWLEDGE_BASE.filter((rule) => !/^CWE-\d+$/.test(rule.cwe))).toEqual([]);
  });
});

describe("component kinds", () => {
  it.each(COMPONENTS)("classifies %s", (name, kinds) => {
    expect(componentKinds(name)).toEqual(kinds);
  });
});
