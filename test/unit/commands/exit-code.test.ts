import { describe, expect, it } from "vitest";
import { exitCodeFor, type Gate } from "../../../src/commands/exit-code.js";
import { bucketFinding } from "../suppressions/suppression-fixture.js";

const GATE: Gate = { failOn: "medium", failOnError: true };
const FAILING = bucketFinding("logs");
const ERROR = bucketFinding("assets", "error");

describe("exit-code gate", () => {
  it("exits 0 without failures", () => {
    expect(exitCodeFor([bucketFinding("logs", "pass")], GATE)).toBe(0);
  });

  it("exits 1 for a failure at the floor", () => {
    expect(exitCodeFor([FAILING], GATE)).toBe(1);
  });

  it("ignores a failure below the floor", () => {
    expect(exitCodeFor([FAILING], { ...GATE, failOn: "high" })).toBe(0);
  });

  it("ignores every failure with none", () => {
    expect(exitCodeFor([FAILING], { ...GATE, failOn: "none" })).toBe(0);
  });

  it("ignores a suppressed failure", () => {
    expect(exitCodeFor([FAILING], GATE, new Set([FAILING.id]))).toBe(0);
  });

  it("exits 2 for an error", () => {
    expect(exitCodeFor([ERROR], GATE)).toBe(2);
  });

  it("prefers 1 over 2", () => {
    expect(exitCodeFor([FAILING, ERROR], GATE)).toBe(1);
  });

  it("accepts an error without fail-on-error", () => {
    expect(exitCodeFor([ERROR], { ...GATE, failOnError: false })).toBe(0);
  });

  it("gates only new failures with fail-on-new", () => {
    expect(exitCodeFor([FAILING], { ...GATE, newFindingIds: new Set() })).toBe(0);
    expect(exitCodeFor([FAILING], { ...GATE, newFindingIds: new Set([FAILING.id]) })).toBe(1);
  });
});
