import { describe, expect, it } from "vitest";
import { assertSameAccount, parseBaseline } from "../../../src/baseline/load.js";
import { UserError } from "../../../src/user-error.js";

const REPORT = {
  reportVersion: 1,
  run: { startedAt: "2026-05-01T10:00:00.000Z" },
  identity: { accountId: "123456789012" },
  findings: [
    {
      id: "rds.tls-required:arn:aws:rds:eu-west-1:123456789012:cluster:orders",
      controlId: "rds.tls-required",
      status: "fail",
      severity: "high",
      resource: { arn: "arn:aws:rds:eu-west-1:123456789012:cluster:orders", region: "eu-west-1" },
    },
  ],
};

describe("baseline loader", () => {
  it("reads a version 1 report", () => {
    expect(parseBaseline(REPORT, "previous.json").findings).toHaveLength(1);
  });

  it("rejects another report version", () => {
    expect(() => parseBaseline({ ...REPORT, reportVersion: 2 }, "previous.json")).toThrow(
      /is a report of version 2, but this version of threat-audit reads version 1/,
    );
  });

  it("rejects a file that is no report", () => {
    expect(() => parseBaseline({ Version: "2012-10-17" }, "policy.json")).toThrow(
      /not a threat-audit JSON report/,
    );
  });

  it("rejects a finding without resource", () => {
    const broken = { ...REPORT, findings: [{ ...REPORT.findings[0], resource: undefined }] };

    expect(() => parseBaseline(broken, "previous.json")).toThrow(UserError);
  });

  it("rejects another account", () => {
    const baseline = parseBaseline(REPORT, "previous.json");

    expect(() => assertSameAccount(baseline, "210987654321")).toThrow(
      /audited account 123456789012, but this audit read account 210987654321/,
    );
  });
});
