import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { parseMappingFile } from "../../../src/threats/mapping/mapping-file.js";
import { fixtureText, userErrorOf } from "./threat-helpers.js";

const KNOWN = new Set(CHECKS.map((check) => check.id));

function parse(text: string, file = "mapping.yaml") {
  return parseMappingFile(file, text, KNOWN);
}

describe("mapping file", () => {
  it("reads threat overrides with their lines", () => {
    const mapping = parse(fixtureText("mapping.yaml"));

    expect(mapping.threats).toEqual([
      { threatId: "T101", line: 2, add: ["rds.storage-encrypted"] },
      { threatId: "T102", line: 4, replace: ["s3.bucket-public-exposure"] },
      { threatId: "T999", line: 6, add: ["s3.tls-only-policy"] },
    ]);
  });

  it("reads component patterns", () => {
    const mapping = parse(fixtureText("mapping.yaml"));

    expect(mapping.components[0]).toEqual({
      component: "Orders database (Aurora PostgreSQL)",
      line: 9,
      patterns: ["orders-*"],
    });
  });

  it("reads JSON", () => {
    const mapping = parse('{ "threats": { "T1": { "add": "rds.tls-required" } } }', "m.json");

    expect(mapping.threats[0]?.add).toEqual(["rds.tls-required"]);
  });

  it("accepts an empty file", () => {
    expect(parse("").threats).toEqual([]);
  });

  it("rejects an unknown control with its line", () => {
    const error = userErrorOf(() => parse("threats:\n  T1:\n    add: [rds.tls]\n"));

    expect(error.message).toBe('mapping.yaml:3: "rds.tls" is not a control id.');
  });

  it("lists the service's controls in the fix", () => {
    const error = userErrorOf(() => parse("threats:\n  T1:\n    add: [rds.tls]\n"));

    expect(error.fix).toBe(
      "Use one of the control ids: rds.log-exports, rds.storage-encrypted, rds.tls-required.",
    );
  });

  it("rejects scoping by tag", () => {
    const error = userErrorOf(() => parse("components:\n  Aurora:\n    tags: {env: prod}\n"));

    expect(error.message).toBe(
      'mapping.yaml:3: component "Aurora" is scoped by tags, but the inventory does not collect tags.',
    );
  });

  it("rejects an unknown threat key", () => {
    const error = userErrorOf(() => parse("threats:\n  T1:\n    remove: [rds.tls-required]\n"));

    expect(error.message).toBe(
      'mapping.yaml:3: the key "remove" of threat T1 is not one of add or replace.',
    );
  });

  it("rejects an unknown top-level key", () => {
    const error = userErrorOf(() => parse("threat:\n  T1: {}\n"));

    expect(error.message).toBe(
      'mapping.yaml:1: the key "threat" is not one of threats or components.',
    );
  });

  it("rejects a component without patterns", () => {
    const error = userErrorOf(() => parse("components:\n  Aurora:\n    resources: []\n"));

    expect(error.message).toBe('mapping.yaml:2: component "Aurora" lists no resource patterns.');
  });
});
