import { describe, expect, it } from "vitest";
import type { Finding } from "../../../../src/checks/check.js";
import { multiRegionLogging } from "../../../../src/checks/cloudtrail/multi-region-logging.js";
import { ACCOUNT_ID, denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { cloudTrailInventory, cloudTrailInventoryOf, trail } from "./fixtures.js";

const ORG_TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail";

function onlyFinding(trails = [trail()], regions = [REGION]): Finding {
  const findings = multiRegionLogging.evaluate(cloudTrailInventory(trails, regions));
  if (findings.length !== 1 || findings[0] === undefined) {
    throw new Error(`expected one finding, got ${findings.length}`);
  }
  return findings[0];
}

describe("cloudtrail.multi-region-logging", () => {
  it("passes a logging, validated multi-region trail", () => {
    const result = onlyFinding();

    expect(result.status).toBe("pass");
    expect(result.resource.arn).toBe(trail().arn);
    expect(result.evidence).toMatchObject({ IsMultiRegionTrail: true, IsLogging: true });
  });

  it("passes an organization trail of the management account", () => {
    const orgTrail = trail({
      arn: ORG_TRAIL_ARN,
      name: "org-trail",
      homeRegion: "us-east-1",
      isOrganizationTrail: true,
      s3BucketName: "example-org-trail-bucket",
    });
    const result = onlyFinding([orgTrail], ["eu-west-1"]);

    expect(result.status).toBe("pass");
    expect(result.resource).toMatchObject({ arn: ORG_TRAIL_ARN, region: "us-east-1" });
    expect(result.reason).toContain(`organization trail, so it also records account ${ACCOUNT_ID}`);
  });

  it("fails a single-region trail", () => {
    const result = onlyFinding([trail({ isMultiRegion: false })]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("is not multi-region");
    expect(result.resource.arn).toBe(`arn:aws:cloudtrail:${REGION}:${ACCOUNT_ID}:trail/*`);
  });

  it("fails a trail that is not logging", () => {
    const result = onlyFinding([trail({ status: ok({ isLogging: false }) })]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("is not logging");
  });

  it("fails a trail without log file validation", () => {
    const result = onlyFinding([trail({ logFileValidation: false })]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("log file validation disabled");
  });

  it("fails empty selectors as no management events", () => {
    const selectors = ok({ eventSelectors: [], advancedEventSelectors: [] });
    const result = onlyFinding([trail({ eventSelectors: selectors })]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("records no management events");
  });

  it("fails write-only management events", () => {
    const selectors = ok({
      eventSelectors: [{ readWriteType: "WriteOnly", includeManagementEvents: true }],
      advancedEventSelectors: [],
    });
    const result = onlyFinding([trail({ eventSelectors: selectors })]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("records only WriteOnly management events");
  });

  it("passes read-only plus write-only selectors", () => {
    const selectors = ok({
      eventSelectors: [
        { readWriteType: "ReadOnly", includeManagementEvents: true },
        { readWriteType: "WriteOnly", includeManagementEvents: true },
      ],
      advancedEventSelectors: [],
    });

    expect(onlyFinding([trail({ eventSelectors: selectors })]).status).toBe("pass");
  });

  it("passes an advanced management event selector", () => {
    const selectors = ok({
      eventSelectors: [],
      advancedEventSelectors: [{ name: "Management events", selectsManagementEvents: true }],
    });

    expect(onlyFinding([trail({ eventSelectors: selectors })]).status).toBe("pass");
  });

  it("lists what each trail lacks", () => {
    const result = onlyFinding([
      trail({ name: "regional", isMultiRegion: false }),
      trail({ name: "stopped", status: ok({ isLogging: false }), logFileValidation: false }),
    ]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("Trail regional");
    expect(result.reason).toContain("has log file validation disabled and is not logging");
  });

  it("fails an account without trails", () => {
    const result = onlyFinding([]);

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("returned no trail");
  });

  it("passes when one of several trails qualifies", () => {
    const result = onlyFinding([trail({ name: "regional", isMultiRegion: false }), trail()]);

    expect(result.status).toBe("pass");
    expect(result.resource.name).toBe("example-trail");
  });

  it("reports denied status as unknown, not fail", () => {
    const orgTrail = trail({
      arn: ORG_TRAIL_ARN,
      name: "org-trail",
      homeRegion: "us-east-1",
      isOrganizationTrail: true,
      status: denied("cloudtrail:GetTrailStatus", "us-east-1"),
    });
    const result = onlyFinding([orgTrail]);

    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("cloudtrail:GetTrailStatus");
    expect(result.reason).toContain("Grant cloudtrail:GetTrailStatus");
  });

  it("reports denied selectors as unknown", () => {
    const result = onlyFinding([trail({ eventSelectors: denied("cloudtrail:GetEventSelectors") })]);

    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("cloudtrail:GetEventSelectors");
  });

  it("fails a single-region trail even with denied status", () => {
    const regional = trail({ isMultiRegion: false, status: denied("cloudtrail:GetTrailStatus") });

    expect(onlyFinding([regional]).status).toBe("fail");
  });

  it("reports a failed region listing as unknown", () => {
    const part = ok({
      trailArnsByRegion: {
        [REGION]: ok([]),
        "us-east-1": denied("cloudtrail:DescribeTrails", "us-east-1"),
      },
      trails: [],
    });
    const findings = multiRegionLogging.evaluate(
      cloudTrailInventoryOf(part, [REGION, "us-east-1"]),
    );

    expect(findings[0]?.status).toBe("error");
    expect(findings[0]?.error?.action).toBe("cloudtrail:DescribeTrails");
    expect(findings[0]?.reason).toContain("DescribeTrails in us-east-1 failed");
  });

  it("reports a region that was not listed as unknown", () => {
    const part = ok({ trailArnsByRegion: {}, trails: [] });
    const findings = multiRegionLogging.evaluate(cloudTrailInventoryOf(part));

    expect(findings[0]?.status).toBe("error");
  });

  it("reports a failed part", () => {
    const findings = multiRegionLogging.evaluate(
      cloudTrailInventoryOf(denied("cloudtrail:DescribeTrails")),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("error");
    expect(findings[0]?.error?.action).toBe("cloudtrail:DescribeTrails");
  });

  it("reports an inventory without CloudTrail data", () => {
    const findings = multiRegionLogging.evaluate(inventoryWith({}));

    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("error");
  });
});
