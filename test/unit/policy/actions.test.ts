import { describe, expect, it } from "vitest";

import { expandAction } from "../../../src/policy/actions.js";

describe("expandAction", () => {
  it("expands a wildcard pattern case-insensitively", () => {
    const expanded = expandAction("SQS:send*");

    expect(expanded.kind).toBe("actions");
    expect(expanded.kind === "actions" && expanded.actions.map(({ name }) => name)).toContain(
      "sqs:SendMessage",
    );
  });

  it("reads a question mark as one character", () => {
    const expanded = expandAction("sqs:SendMessag?");

    expect(expanded.kind === "actions" && expanded.actions.map(({ name }) => name)).toEqual([
      "sqs:SendMessage",
    ]);
  });

  it("finishes a hostile pattern quickly", () => {
    const start = performance.now();

    const expanded = expandAction(`ec2:${"*?".repeat(8)}#`);

    expect(expanded.kind).toBe("unknown");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("finishes a long hostile pattern quickly", () => {
    const start = performance.now();

    const expanded = expandAction(`ec2:${"*?".repeat(2000)}#`);

    expect(expanded.kind).toBe("unknown");
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
