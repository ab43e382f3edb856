import { describe, expect, it } from "vitest";
import { auditClock } from "../../../src/suppressions/clock.js";
import { UserError } from "../../../src/user-error.js";

describe("audit clock", () => {
  it("reads THREAT_AUDIT_NOW", () => {
    expect(auditClock({ THREAT_AUDIT_NOW: "2026-07-01" }).toISOString()).toBe(
      "2026-07-01T00:00:00.000Z",
    );
  });

  it("defaults to the current time", () => {
    expect(Math.abs(auditClock({}).getTime() - Date.now())).toBeLessThan(1000);
  });

  it("rejects a value that is not a date", () => {
    expect(() => auditClock({ THREAT_AUDIT_NOW: "tomorrow" })).toThrow(UserError);
  });
});
