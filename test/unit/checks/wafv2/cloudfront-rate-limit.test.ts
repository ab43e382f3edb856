import { describe, expect, it } from "vitest";
import { cloudfrontRateLimit } from "../../../../src/checks/wafv2/cloudfront-rate-limit.js";
import type { CloudFrontDistribution, WafScope } from "../../../../src/collect/inventory.js";
import type { Collected } from "../../../../src/collect/collected.js";
import { distribution } from "../cloudfront/fixtures.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import {
  rateRule,
  ruleGroup,
  ruleGroupReference,
  webAcl,
  webAclArn,
  wafScope,
} from "./fixtures.js";

const ACL_ARN = webAclArn("edge-acl", "global", "us-east-1");
const EDGE_ACL = webAcl({ name: "edge-acl", arn: ACL_ARN, rules: [rateRule("block")] });

/** Evaluates `distributions` with the CloudFront web ACLs `waf`; null leaves the part out. */
function evaluate(
  distributions: CloudFrontDistribution[],
  waf: Collected<WafScope> | null = ok(wafScope([EDGE_ACL])),
) {
  const parts = {
    cloudfront: ok(distributions),
    ...(waf === null ? {} : { wafv2Cloudfront: waf }),
  };
  return cloudfrontRateLimit.evaluate(inventoryWith(parts));
}

describe("wafv2.cloudfront-rate-limit", () => {
  it("fails a distribution without a web ACL", () => {
    const [finding] = evaluate([distribution()]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("Distribution E1EXAMPLE has no web ACL");
  });

  it("fails a counting rate rule", () => {
    const acl = { ...EDGE_ACL, rules: [rateRule("count")] };
    const [finding] = evaluate([distribution({}, { webAclId: ACL_ARN })], ok(wafScope([acl])));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("action Count");
  });

  it("passes a blocking rate rule", () => {
    const [finding] = evaluate([distribution({}, { webAclId: ACL_ARN })]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Web ACL edge-acl of distribution E1EXAMPLE");
    expect(finding?.evidence).toMatchObject({ WebACLId: ACL_ARN, WebACL: "edge-acl" });
  });

  it("passes a rate rule in a referenced group", () => {
    const group = ruleGroup("edge-limits", [rateRule("captcha")]);
    const acl = { ...EDGE_ACL, rules: [ruleGroupReference(group.arn)] };
    const [finding] = evaluate(
      [distribution({}, { webAclId: ACL_ARN })],
      ok(wafScope([acl], [group])),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("action Captcha");
  });

  it("errors on a WAF Classic web ACL id", () => {
    const classicId = "473e64fd-f30b-4765-81a0-62ad96dd167a";
    const [finding] = evaluate([distribution({}, { webAclId: classicId })]);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("AWS WAF Classic");
  });

  it("errors when the web ACL was not listed", () => {
    const [finding] = evaluate([
      distribution({}, { webAclId: webAclArn("gone", "global", "us-east-1") }),
    ]);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("with scope CLOUDFRONT in us-east-1 did not return it");
  });

  it("is not applicable to a disabled distribution", () => {
    const [finding] = evaluate([distribution({ enabled: false })]);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("is disabled");
  });

  it("is not applicable without distributions", () => {
    const [finding] = evaluate([]);

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the distribution config failed", () => {
    const [finding] = evaluate([
      distribution({ config: denied("cloudfront:GetDistributionConfig") }),
    ]);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("cloudfront:GetDistributionConfig");
  });

  it("errors when the web ACLs could not be listed", () => {
    const [finding] = evaluate(
      [distribution({}, { webAclId: ACL_ARN })],
      denied("wafv2:ListWebACLs", "us-east-1"),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:ListWebACLs");
  });

  it("errors when the wafv2Cloudfront part was not collected", () => {
    const [finding] = evaluate([distribution({}, { webAclId: ACL_ARN })], null);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no wafv2Cloudfront data");
  });

  it("errors when the cloudfront part failed", () => {
    const inventory = inventoryWith({ cloudfront: denied("cloudfront:ListDistributions") });
    const [finding] = cloudfrontRateLimit.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });
});
