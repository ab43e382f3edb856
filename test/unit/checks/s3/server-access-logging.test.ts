import { describe, expect, it } from "vitest";
import { serverAccessLogging } from "../../../../src/checks/s3/server-access-logging.js";
import type {
  CloudTrailInventory,
  InventoryParts,
  S3Bucket,
} from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { distribution } from "../cloudfront/fixtures.js";
import { elbv2Region, loadBalancer } from "../elbv2/fixtures.js";
import { bucket, loggingTo, s3Part } from "./fixtures.js";

function trails(...bucketNames: string[]): CloudTrailInventory {
  return {
    trailArnsByRegion: { [REGION]: ok([]) },
    trails: bucketNames.map((s3BucketName, index) => ({
      arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT_ID}:trail/trail-${index}`,
      name: `trail-${index}`,
      homeRegion: REGION,
      isMultiRegion: true,
      isOrganizationTrail: false,
      logFileValidation: true,
      s3BucketName,
      status: ok({ isLogging: true }),
      eventSelectors: ok({ eventSelectors: [], advancedEventSelectors: [] }),
    })),
  };
}

/** Evaluates `buckets` with every log source part read and empty, except the ones `parts` replaces. */
function evaluate(buckets: S3Bucket[], parts: InventoryParts = {}) {
  const inventory = inventoryWith({
    s3: s3Part(buckets),
    elbv2: { [REGION]: ok(elbv2Region()) },
    cloudfront: ok([]),
    cloudtrail: ok(trails()),
    ...parts,
  });
  return serverAccessLogging.evaluate(inventory);
}

describe("s3.server-access-logging", () => {
  it("fails a bucket without logging", () => {
    const [finding] = evaluate([bucket("example-assets")]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("Bucket example-assets has no server access logging");
  });

  it("passes a bucket with logging", () => {
    const [finding] = evaluate([bucket("example-assets", { logging: loggingTo("example-logs") })]);

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toEqual({ TargetBucket: "example-logs", TargetPrefix: "s3/" });
  });

  it("exempts a server access log target", () => {
    const findings = evaluate([
      bucket("example-assets", { logging: loggingTo("example-logs") }),
      bucket("example-logs"),
    ]);

    expect(findings[1]?.status).toBe("not_applicable");
    expect(findings[1]?.reason).toContain("server access logs of bucket example-assets");
  });

  it("exempts a load balancer log bucket", () => {
    const attributes = {
      "access_logs.s3.enabled": "true",
      "access_logs.s3.bucket": "example-alb-logs",
    };
    const elbv2 = {
      [REGION]: ok(elbv2Region({ loadBalancers: [loadBalancer({ attributes: ok(attributes) })] })),
    };
    const [finding] = evaluate([bucket("example-alb-logs")], { elbv2 });

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`access logs of load balancer example-alb in ${REGION}`);
  });

  it("does not exempt a disabled load balancer log bucket", () => {
    const attributes = {
      "access_logs.s3.enabled": "false",
      "access_logs.s3.bucket": "example-alb-logs",
    };
    const elbv2 = {
      [REGION]: ok(elbv2Region({ loadBalancers: [loadBalancer({ attributes: ok(attributes) })] })),
    };
    const [finding] = evaluate([bucket("example-alb-logs")], { elbv2 });

    expect(finding?.status).toBe("fail");
  });

  it("exempts a CloudFront log bucket", () => {
    const logging = { enabled: true, bucket: "example-cdn-logs.s3.amazonaws.com", prefix: "cdn/" };
    const cloudfront = ok([distribution({}, { logging })]);
    const [finding] = evaluate([bucket("example-cdn-logs")], { cloudfront });

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("standard logs of CloudFront distribution E1EXAMPLE");
  });

  it("exempts a CloudTrail bucket", () => {
    const [finding] = evaluate([bucket("example-trail")], {
      cloudtrail: ok(trails("example-trail")),
    });

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("logs of CloudTrail trail trail-0");
  });

  it("errors when trails were not collected", () => {
    const inventory = inventoryWith({
      s3: s3Part([bucket("example-assets")]),
      elbv2: { [REGION]: ok(elbv2Region()) },
      cloudfront: ok([]),
    });
    const [finding] = serverAccessLogging.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("the CloudTrail trails (not collected)");
  });

  it("errors when load balancer attributes failed", () => {
    const attributes = denied("elasticloadbalancing:DescribeLoadBalancerAttributes");
    const elbv2 = { [REGION]: ok(elbv2Region({ loadBalancers: [loadBalancer({ attributes })] })) };
    const [finding] = evaluate([bucket("example-assets")], { elbv2 });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain(`the attributes of load balancer example-alb in ${REGION}`);
    expect(finding?.reason).toContain("grant elasticloadbalancing:DescribeLoadBalancerAttributes");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeLoadBalancerAttributes");
  });

  it("errors when another bucket's logging failed", () => {
    const findings = evaluate([
      bucket("example-assets", { logging: denied("s3:GetBucketLogging", REGION) }),
      bucket("example-logs"),
    ]);

    expect(findings[0]?.status).toBe("error");
    expect(findings[1]?.status).toBe("error");
    expect(findings[1]?.reason).toContain("the server access logging of bucket example-assets");
  });

  it("exempts a known destination despite unread sources", () => {
    const [finding] = evaluate([bucket("example-trail")], {
      cloudtrail: ok(trails("example-trail")),
      cloudfront: denied("cloudfront:ListDistributions", "us-east-1"),
    });

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the buckets could not be listed", () => {
    const [finding] = evaluate([], { s3: denied("s3:ListAllMyBuckets", "us-east-1") });

    expect(finding?.status).toBe("error");
    expect(finding?.resource.name).toBe("S3 buckets");
  });

  it("is not applicable without buckets", () => {
    const [finding] = evaluate([]);

    expect(finding?.status).toBe("not_applicable");
  });
});
