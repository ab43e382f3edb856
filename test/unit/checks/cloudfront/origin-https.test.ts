import { describe, expect, it } from "vitest";
import { originHttps } from "../../../../src/checks/cloudfront/origin-https.js";
import type { CloudFrontOrigin } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Region, loadBalancer } from "../elbv2/fixtures.js";
import { customOrigin, distribution, s3Origin } from "./fixtures.js";

function evaluateOrigins(...origins: CloudFrontOrigin[]) {
  return originHttps.evaluate(inventoryWith({ cloudfront: ok([distribution({}, { origins })]) }));
}

describe("cloudfront.origin-https", () => {
  it("fails match-viewer", () => {
    const [finding] = evaluateOrigins(customOrigin({ originProtocolPolicy: "match-viewer" }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      "origin app-origin (app.example.com) has origin protocol policy match-viewer",
    );
  });

  it("fails http-only", () => {
    const [finding] = evaluateOrigins(customOrigin({ originProtocolPolicy: "http-only" }));

    expect(finding?.status).toBe("fail");
  });

  it("fails deprecated origin SSL protocols", () => {
    const [finding] = evaluateOrigins(customOrigin({ originSslProtocols: ["TLSv1.1", "TLSv1.2"] }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("allows TLSv1.1 in its origin SSL protocols");
  });

  it("passes https-only with TLSv1.2", () => {
    const [finding] = evaluateOrigins(customOrigin(), s3Origin());

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toMatchObject({
      CustomOrigins: [
        { Id: "app-origin", OriginProtocolPolicy: "https-only", OriginSslProtocols: ["TLSv1.2"] },
      ],
      S3Origins: ["assets-origin"],
    });
  });

  it("is not applicable with only S3 origins", () => {
    const [finding] = evaluateOrigins(s3Origin());

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("only S3 origins");
  });

  it("names the load balancer behind an origin", () => {
    const alb = loadBalancer();
    const origin = customOrigin({
      domainName: alb.dnsName.toUpperCase(),
      originProtocolPolicy: "http-only",
    });
    const inventory = inventoryWith({
      cloudfront: ok([distribution({}, { origins: [origin] })]),
      elbv2: { [REGION]: ok(elbv2Region({ loadBalancers: [alb] })) },
    });
    const [finding] = originHttps.evaluate(inventory);

    expect(finding?.reason).toContain(`load balancer example-alb in ${REGION}`);
    expect(finding?.evidence).toMatchObject({
      CustomOrigins: [{ LoadBalancer: { name: "example-alb", region: REGION } }],
    });
  });

  it("matches a dualstack load balancer name", () => {
    const alb = loadBalancer();
    const origin = customOrigin({ domainName: `dualstack.${alb.dnsName}` });
    const inventory = inventoryWith({
      cloudfront: ok([distribution({}, { origins: [origin] })]),
      elbv2: { [REGION]: ok(elbv2Region({ loadBalancers: [alb] })) },
    });
    const [finding] = originHttps.evaluate(inventory);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("load balancer example-alb");
  });

  it("errors on an origin without SSL protocols", () => {
    const [finding] = evaluateOrigins(customOrigin({ originSslProtocols: [] }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("lists no origin SSL protocols");
  });

  it("errors when a distribution config failed", () => {
    const config = denied("cloudfront:GetDistributionConfig", "us-east-1");
    const [finding] = originHttps.evaluate(
      inventoryWith({ cloudfront: ok([distribution({ config })]) }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("cloudfront:GetDistributionConfig");
  });

  it("errors when the listing failed", () => {
    const cloudfront = denied("cloudfront:ListDistributions", "us-east-1");
    const [finding] = originHttps.evaluate(inventoryWith({ cloudfront }));

    expect(finding?.status).toBe("error");
    expect(finding?.resource.name).toBe("CloudFront distributions");
  });

  it("is not applicable without distributions", () => {
    const [finding] = originHttps.evaluate(inventoryWith({ cloudfront: ok([]) }));

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the part was not collected", () => {
    const [finding] = originHttps.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no cloudfront data");
  });
});
