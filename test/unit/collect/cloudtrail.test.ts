import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type Trail,
} from "@aws-sdk/client-cloudtrail";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cloudtrailCollector } from "../../../src/collect/cloudtrail.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const ORG_TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail";

/** An organization trail of another account, seen as a shadow trail in member regions. */
const ORG_TRAIL: Trail = {
  Name: "org-trail",
  TrailARN: ORG_TRAIL_ARN,
  HomeRegion: "us-east-1",
  IsMultiRegionTrail: true,
  IsOrganizationTrail: true,
  LogFileValidationEnabled: true,
  S3BucketName: "example-org-trail-bucket",
};

const cloudtrail = mockClient(CloudTrailClient);
let context: CollectContext;

beforeEach(() => {
  cloudtrail.reset();
  context = contextFor(["eu-west-1", "eu-central-1"]);
  cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [ORG_TRAIL] });
  cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  cloudtrail.on(GetEventSelectorsCommand).resolves({
    EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true }],
  });
});

afterEach(() => context.clients.destroy());

describe("cloudtrailCollector", () => {
  it("lists shadow trails in every region", async () => {
    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    expect(inventory.trailArnsByRegion).toEqual({
      "eu-west-1": { ok: true, value: [ORG_TRAIL_ARN] },
      "eu-central-1": { ok: true, value: [ORG_TRAIL_ARN] },
    });
    const calls = cloudtrail.commandCalls(DescribeTrailsCommand);
    expect(calls.map((call) => call.args[0].input.includeShadowTrails)).toEqual([true, true]);
  });

  it("dedupes a shadow trail by ARN", async () => {
    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    expect(inventory.trails).toHaveLength(1);
    expect(inventory.trails[0]).toEqual({
      arn: ORG_TRAIL_ARN,
      name: "org-trail",
      homeRegion: "us-east-1",
      isMultiRegion: true,
      isOrganizationTrail: true,
      logFileValidation: true,
      s3BucketName: "example-org-trail-bucket",
      status: { ok: true, value: { isLogging: true } },
      eventSelectors: {
        ok: true,
        value: {
          eventSelectors: [{ readWriteType: "All", includeManagementEvents: true }],
          advancedEventSelectors: [],
        },
      },
    });
  });

  it("reads status once from the home region", async () => {
    await cloudtrailCollector.collect(context, "us-east-1");

    const calls = cloudtrail.commandCalls(GetTrailStatusCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input.Name).toBe(ORG_TRAIL_ARN);
    expect(await regionOf(calls[0]!.thisValue)).toBe("us-east-1");
  });

  it("reads event selectors once from the home region", async () => {
    await cloudtrailCollector.collect(context, "us-east-1");

    const calls = cloudtrail.commandCalls(GetEventSelectorsCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input.TrailName).toBe(ORG_TRAIL_ARN);
    expect(await regionOf(calls[0]!.thisValue)).toBe("us-east-1");
  });

  it("keeps a denied region as failed", async () => {
    cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
      if ((await regionOf(getClient())) === "eu-central-1") throw awsError("AccessDenied", 403);
      return { trailList: [ORG_TRAIL] };
    });

    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    expect(inventory.trailArnsByRegion["eu-west-1"]).toEqual({ ok: true, value: [ORG_TRAIL_ARN] });
    const denied = inventory.trailArnsByRegion["eu-central-1"]!;
    expect(denied.ok).toBe(false);
    if (denied.ok) return;
    expect(denied.error.kind).toBe("access_denied");
    expect(denied.error.action).toBe("cloudtrail:DescribeTrails");
    expect(denied.error.region).toBe("eu-central-1");
  });

  it("keeps a trail whose status is denied", async () => {
    cloudtrail.on(GetTrailStatusCommand).rejects(awsError("AccessDeniedException", 400));

    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    const status = inventory.trails[0]!.status;
    expect(status.ok).toBe(false);
    if (status.ok) return;
    expect(status.error.kind).toBe("access_denied");
    expect(status.error.action).toBe("cloudtrail:GetTrailStatus");
    expect(status.error.resource).toBe(ORG_TRAIL_ARN);
  });

  it("reads advanced event selectors", async () => {
    cloudtrail.on(GetEventSelectorsCommand).resolves({
      AdvancedEventSelectors: [
        {
          Name: "Management events",
          FieldSelectors: [{ Field: "eventCategory", Equals: ["Management"] }],
        },
        {
          Name: "S3 data events",
          FieldSelectors: [
            { Field: "eventCategory", Equals: ["Data"] },
            { Field: "resources.type", Equals: ["AWS::S3::Object"] },
          ],
        },
      ],
    });

    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    expect(inventory.trails[0]!.eventSelectors).toEqual({
      ok: true,
      value: {
        eventSelectors: [],
        advancedEventSelectors: [
          { name: "Management events", selectsManagementEvents: true },
          { name: "S3 data events", selectsManagementEvents: false },
        ],
      },
    });
  });

  it("falls back to the ARN region without HomeRegion", async () => {
    const withoutHomeRegion: Trail = { ...ORG_TRAIL, HomeRegion: undefined };
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [withoutHomeRegion] });

    const inventory = await cloudtrailCollector.collect(context, "us-east-1");

    expect(inventory.trails[0]!.homeRegion).toBe("us-east-1");
  });

  it("declares every IAM action it calls", () => {
    expect(cloudtrailCollector.actions).toEqual([
      "cloudtrail:DescribeTrails",
      "cloudtrail:GetTrailStatus",
      "cloudtrail:GetEventSelectors",
    ]);
  });
});
