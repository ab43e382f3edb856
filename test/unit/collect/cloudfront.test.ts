import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  type DistributionConfig,
  type DistributionSummary,
} from "@aws-sdk/client-cloudfront";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cloudfrontCollector } from "../../../src/collect/cloudfront.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import type { CloudFrontDistribution } from "../../../src/collect/inventory.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const WEB_ACL_ARN = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/example/1";

const cloudfront = mockClient(CloudFrontClient);
let context: CollectContext;

function summary(id: string): DistributionSummary {
  return {
    Id: id,
    ARN: `arn:aws:cloudfront::111122223333:distribution/${id}`,
    DomainName: `${id.toLowerCase()}.cloudfront.net`,
    Enabled: true,
  } as DistributionSummary;
}

/** A distribution in front of an ALB origin and an S3 origin, with a static-files behavior. */
const CONFIG = {
  CallerReference: "example",
  Comment: "",
  Enabled: true,
  WebACLId: WEB_ACL_ARN,
  Origins: {
    Quantity: 2,
    Items: [
      {
        Id: "alb",
        DomainName: "example-alb.eu-west-1.elb.amazonaws.com",
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: "https-only",
          OriginSslProtocols: { Quantity: 1, Items: ["TLSv1.2"] },
        },
      },
      {
        Id: "assets",
        DomainName: "example-assets.s3.eu-west-1.amazonaws.com",
        S3OriginConfig: { OriginAccessIdentity: "" },
      },
    ],
  },
  DefaultCacheBehavior: { TargetOriginId: "alb", ViewerProtocolPolicy: "redirect-to-https" },
  CacheBehaviors: {
    Quantity: 1,
    Items: [
      { PathPattern: "/static/*", TargetOriginId: "assets", ViewerProtocolPolicy: "allow-all" },
    ],
  },
  Logging: {
    Enabled: true,
    IncludeCookies: false,
    Bucket: "example-logs.s3.amazonaws.com",
    Prefix: "cf/",
  },
  ViewerCertificate: { MinimumProtocolVersion: "TLSv1.2_2021" },
} as DistributionConfig;

function configOf(distribution: CloudFrontDistribution | undefined) {
  if (distribution === undefined || !distribution.config.ok) {
    throw new Error("expected a collected distribution configuration");
  }
  return distribution.config.value;
}

beforeEach(() => {
  cloudfront.reset();
  context = contextFor(["eu-west-1"]);
  cloudfront.on(ListDistributionsCommand).resolves({
    DistributionList: {
      Marker: "",
      MaxItems: 100,
      IsTruncated: false,
      Quantity: 1,
      Items: [summary("E1")],
    },
  });
  cloudfront.on(GetDistributionConfigCommand).resolves({ DistributionConfig: CONFIG });
});

afterEach(() => context.clients.destroy());

describe("cloudfrontCollector listing", () => {
  it("follows NextMarker while truncated", async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Marker: "",
        MaxItems: 1,
        IsTruncated: true,
        NextMarker: "E2",
        Quantity: 1,
        Items: [summary("E1")],
      },
    });
    cloudfront.on(ListDistributionsCommand, { Marker: "E2" }).resolves({
      DistributionList: {
        Marker: "E2",
        MaxItems: 1,
        IsTruncated: false,
        Quantity: 1,
        Items: [summary("E2")],
      },
    });

    const distributions = await cloudfrontCollector.collect(context, "us-east-1");

    expect(distributions.map((distribution) => distribution.id)).toEqual(["E1", "E2"]);
    expect(cloudfront.commandCalls(ListDistributionsCommand)).toHaveLength(2);
  });

  it("stops when not truncated", async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Marker: "",
        MaxItems: 100,
        IsTruncated: false,
        NextMarker: "E9",
        Quantity: 1,
        Items: [summary("E1")],
      },
    });

    await cloudfrontCollector.collect(context, "us-east-1");

    expect(cloudfront.commandCalls(ListDistributionsCommand)).toHaveLength(1);
  });

  it("handles an empty list", async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: { Marker: "", MaxItems: 100, IsTruncated: false, Quantity: 0 },
    });

    const distributions = await cloudfrontCollector.collect(context, "us-east-1");

    expect(distributions).toEqual([]);
  });

  it("calls us-east-1", async () => {
    await cloudfrontCollector.collect(context, "eu-west-1");

    const client: unknown = cloudfront.commandCalls(ListDistributionsCommand)[0]?.thisValue;
    expect(await regionOf(client)).toBe("us-east-1");
  });

  it("propagates a listing failure", async () => {
    cloudfront.on(ListDistributionsCommand).rejects(awsError("AccessDenied", 403));

    await expect(cloudfrontCollector.collect(context, "us-east-1")).rejects.toThrow("AccessDenied");
  });
});

describe("cloudfrontCollector distributions", () => {
  it("converts a distribution", async () => {
    const [distribution] = await cloudfrontCollector.collect(context, "us-east-1");

    expect(distribution).toEqual({
      arn: "arn:aws:cloudfront::111122223333:distribution/E1",
      id: "E1",
      domainName: "e1.cloudfront.net",
      enabled: true,
      config: {
        ok: true,
        value: {
          webAclId: WEB_ACL_ARN,
          origins: [
            {
              id: "alb",
              domainName: "example-alb.eu-west-1.elb.amazonaws.com",
              originProtocolPolicy: "https-only",
              originSslProtocols: ["TLSv1.2"],
              isS3Origin: false,
            },
            {
              id: "assets",
              domainName: "example-assets.s3.eu-west-1.amazonaws.com",
              isS3Origin: true,
            },
          ],
          defaultViewerProtocolPolicy: "redirect-to-https",
          viewerProtocolPolicies: ["redirect-to-https", "allow-all"],
          minimumProtocolVersion: "TLSv1.2_2021",
          logging: { enabled: true, bucket: "example-logs.s3.amazonaws.com", prefix: "cf/" },
        },
      },
    });
  });

  it("keeps the ARN the API returns", async () => {
    const emulatorArn = "arn:aws:cloudfront:111122223333:distribution/E1";
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Marker: "",
        MaxItems: 100,
        IsTruncated: false,
        Quantity: 1,
        Items: [{ ...summary("E1"), ARN: emulatorArn }],
      },
    });

    const [distribution] = await cloudfrontCollector.collect(context, "us-east-1");

    expect(distribution?.arn).toBe(emulatorArn);
  });

  it("drops an empty web ACL id", async () => {
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolves({ DistributionConfig: { ...CONFIG, WebACLId: "" } });

    const [distribution] = await cloudfrontCollector.collect(context, "us-east-1");

    expect(configOf(distribution)).not.toHaveProperty("webAclId");
  });

  it("takes Enabled from the configuration", async () => {
    const thin = { ...summary("E1"), Enabled: undefined } as unknown as DistributionSummary;
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Marker: "",
        MaxItems: 100,
        IsTruncated: false,
        Quantity: 1,
        Items: [thin],
      },
    });
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolves({ DistributionConfig: { ...CONFIG, Enabled: false } });

    const [distribution] = await cloudfrontCollector.collect(context, "us-east-1");

    expect(distribution?.enabled).toBe(false);
  });

  it("recognizes an S3 origin without config", async () => {
    const origin = { Id: "assets", DomainName: "example-assets.s3.amazonaws.com" };
    cloudfront.on(GetDistributionConfigCommand).resolves({
      DistributionConfig: {
        ...CONFIG,
        Origins: { Quantity: 1, Items: [origin] },
      },
    });

    const [distribution] = await cloudfrontCollector.collect(context, "us-east-1");

    expect(configOf(distribution).origins[0]?.isS3Origin).toBe(true);
  });

  it("marks only the denied configuration", async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Marker: "",
        MaxItems: 100,
        IsTruncated: false,
        Quantity: 2,
        Items: [summary("E1"), summary("E2")],
      },
    });
    cloudfront
      .on(GetDistributionConfigCommand, { Id: "E2" })
      .rejects(awsError("AccessDenied", 403));

    const distributions = await cloudfrontCollector.collect(context, "us-east-1");
    const config = distributions[1]?.config;

    expect(distributions[0]?.config.ok).toBe(true);
    expect(config?.ok).toBe(false);
    if (config?.ok !== false) return;
    expect(config.error.kind).toBe("access_denied");
    expect(config.error.resource).toBe("E2");
    expect(config.error.action).toBe("cloudfront:GetDistributionConfig");
  });
});

describe("cloudfrontCollector declaration", () => {
  it("declares both CloudFront actions", () => {
    expect(cloudfrontCollector.actions).toEqual([
      "cloudfront:ListDistributions",
      "cloudfront:GetDistributionConfig",
    ]);
  });

  it("is global", () => {
    expect(cloudfrontCollector.scope).toBe("global");
  });
});
