import { describe, expect, it } from "vitest";
import { applySuppressions } from "../../../src/suppressions/apply.js";
import type { SuppressionEntry } from "../../../src/suppressions/entry.js";
import { bucketFinding } from "./suppression-fixture.js";

const ENTRY: SuppressionEntry = {
  control: "s3.server-access-logging",
  resource: "arn:aws:s3:::webshop-*",
  reason: "CloudFront logs every request.",
  owner: "platform-team",
  expires: "2026-06-30",
  line: 2,
};

const ON_EXPIRY_DAY = new Date("2026-06-30T23:59:59Z");
const AFTER_EXPIRY = new Date("2026-07-01T00:00:00Z");

function apply(
  entries: SuppressionEntry[],
  findings = [bucketFinding("webshop-assets")],
  now = ON_EXPIRY_DAY,
) {
  return applySuppressions(findings, { path: ".threat-audit.yml", entries }, now);
}

describe("suppressions", () => {
  it("suppress a matching failing finding", () => {
    expect(
      apply([ENTRY]).byFindingId.get("s3.server-access-logging:arn:aws:s3:::webshop-assets"),
    ).toEqual({
      reason: "CloudFront logs every request.",
      owner: "platform-team",
      expires: "2026-06-30",
    });
  });

  it("match the whole ARN", () => {
    expect(apply([{ ...ENTRY, resource: "arn:aws:s3:::webshop" }]).byFindingId.size).toBe(0);
  });

  it("match the control id", () => {
    const finding = bucketFinding("webshop-assets", "fail", "rds.tls-required");

    expect(apply([ENTRY], [finding]).byFindingId.size).toBe(0);
  });

  it("treat regex characters literally", () => {
    const finding = bucketFinding("webshop.assets");

    expect(
      apply([{ ...ENTRY, resource: "arn:aws:s3:::webshop.assets" }], [finding]).byFindingId.size,
    ).toBe(1);
    expect(
      apply(
        [{ ...ENTRY, resource: "arn:aws:s3:::webshop.assets" }],
        [bucketFinding("webshopXassets")],
      ).byFindingId.size,
    ).toBe(0);
  });

  it("never suppress an error", () => {
    expect(apply([ENTRY], [bucketFinding("webshop-assets", "error")]).byFindingId.size).toBe(0);
  });

  it("apply through the expiry day", () => {
    expect(apply([ENTRY]).section.applied).toBe(1);
  });

  it("stop applying after expiry", () => {
    expect(apply([ENTRY], undefined, AFTER_EXPIRY).byFindingId.size).toBe(0);
  });

  it("report an expired entry", () => {
    expect(apply([ENTRY], undefined, AFTER_EXPIRY).section.expired).toEqual([ENTRY]);
  });

  it("report a stale entry", () => {
    const section = apply([ENTRY], [bucketFinding("webshop-assets", "pass")]).section;

    expect(section.stale).toEqual([ENTRY]);
  });

  it("do not report an expired entry as stale", () => {
    expect(apply([ENTRY], [], AFTER_EXPIRY).section.stale).toEqual([]);
  });

  it("list entries without expiry", () => {
    const undated = {
      control: ENTRY.control,
      resource: ENTRY.resource,
      reason: ENTRY.reason,
      line: 2,
    };

    expect(apply([undated]).section.withoutExpiry).toEqual([undated]);
  });

  it("count every matching entry as used", () => {
    const second = { ...ENTRY, resource: "arn:aws:s3:::*", line: 8 };

    expect(apply([ENTRY, second]).section.stale).toEqual([]);
  });
});
