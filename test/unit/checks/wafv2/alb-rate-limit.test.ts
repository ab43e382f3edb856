import { describe, expect, it } from "vitest";
import { albRateLimit } from "../../../../src/checks/wafv2/alb-rate-limit.js";
import { loadBalancer } from "../elbv2/fixtures.js";
import { denied, ok } from "../inventory-fixture.js";
import {
  albWafInventory,
  rateRule,
  ruleGroup,
  ruleGroupArn,
  ruleGroupReference,
  webAcl,
} from "./fixtures.js";

const ONLY_POST = {
  ByteMatchStatement: {
    FieldToMatch: { Method: {} },
    PositionalConstraint: "EXACTLY",
    SearchString: "POST",
    TextTransformations: [{ Priority: 0, Type: "NONE" }],
  },
};

const SHARED_GROUP = ruleGroup("shared-limits", [rateRule("block", {}, "shared-rate-limit")]);

function evaluate(options: Parameters<typeof albWafInventory>[0]) {
  return albRateLimit.evaluate(albWafInventory(options));
}

describe("wafv2.alb-rate-limit", () => {
  it("fails an ALB without a web ACL", () => {
    const [finding] = evaluate({ association: ok(null) });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("has no web ACL");
  });

  it("fails a web ACL without rate-based rules", () => {
    const [finding] = evaluate({ acl: webAcl() });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("has no rate-based rule");
  });

  it("fails a rate rule that only counts POST requests", () => {
    // The console's pre-configured rate rule: POST only, action Count.
    const rule = {
      ...rateRule("count", { Limit: 100, ScopeDownStatement: ONLY_POST }, "RateBasedRulePOST"),
      priority: 8,
    };
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("action Count");
    expect(finding?.reason).toContain('only for requests where the HTTP method is "POST"');
    expect(finding?.reason).toContain("never stops them");
  });

  it("passes a blocking rate rule", () => {
    const [finding] = evaluate({ acl: webAcl({ rules: [rateRule("block")] }) });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("limit 2000 requests in 300 seconds per client IP");
    expect(finding?.evidence).toMatchObject({
      WebACL: "example-acl",
      RateBasedRules: [{ Rule: "rule rate-limit", Action: "Block", Limit: 2000 }],
    });
  });

  it("passes a challenge as mitigation", () => {
    const [finding] = evaluate({ acl: webAcl({ rules: [rateRule("challenge")] }) });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Challenge and CAPTCHA count as mitigation");
  });

  it("passes a scoped rate rule and names its scope", () => {
    const rule = rateRule("block", { ScopeDownStatement: ONLY_POST });
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain('only for requests where the HTTP method is "POST"');
    expect(finding?.reason).toContain("requests outside those scopes are not rate limited");
    expect(finding?.evidence).toMatchObject({
      RateBasedRules: [{ Scope: 'the HTTP method is "POST"', ScopeDownStatement: ONLY_POST }],
    });
  });

  it("passes a rate rule in a referenced rule group", () => {
    const acl = webAcl({ rules: [ruleGroupReference(SHARED_GROUP.arn)] });
    const [finding] = evaluate({ acl, ruleGroups: [SHARED_GROUP] });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(
      "rule shared-rate-limit of rule group shared-limits (referenced by rule use-shared-rules)",
    );
  });

  it("passes a rate rule in a Firewall Manager group", () => {
    const acl = webAcl({
      managedByFirewallManager: true,
      postProcessFirewallManagerRuleGroups: [
        {
          name: "POSTFMManaged-shared-limits",
          priority: 0,
          overrideAction: "none",
          statement: { RuleGroupReferenceStatement: { ARN: SHARED_GROUP.arn } },
        },
      ],
    });
    const [finding] = evaluate({ acl, ruleGroups: [SHARED_GROUP] });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Firewall Manager post-process rule group");
  });

  it("fails a referenced group with override action Count", () => {
    const acl = webAcl({ rules: [ruleGroupReference(SHARED_GROUP.arn, "count")] });
    const [finding] = evaluate({ acl, ruleGroups: [SHARED_GROUP] });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("because rule use-shared-rules has override action Count");
  });

  it("fails a rate rule overridden to Count", () => {
    const override = { Name: "shared-rate-limit", ActionToUse: { Count: {} } };
    const reference = ruleGroupReference(SHARED_GROUP.arn, "none", {
      RuleActionOverrides: [override],
    });
    const [finding] = evaluate({ acl: webAcl({ rules: [reference] }), ruleGroups: [SHARED_GROUP] });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("overrides its action to Count");
  });

  it("fails a rate rule in ExcludedRules", () => {
    const reference = ruleGroupReference(SHARED_GROUP.arn, "none", {
      ExcludedRules: [{ Name: "shared-rate-limit" }],
    });
    const [finding] = evaluate({ acl: webAcl({ rules: [reference] }), ruleGroups: [SHARED_GROUP] });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("lists it in ExcludedRules");
  });

  it("errors when a referenced group could not be read", () => {
    const arn = ruleGroupArn("shared-limits");
    const acl = webAcl({ rules: [ruleGroupReference(arn)] });
    const [finding] = evaluate({
      acl,
      waf: { ruleGroups: { [arn]: denied("wafv2:GetRuleGroup") } },
    });

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:GetRuleGroup");
    expect(finding?.reason).toContain(
      "rule group shared-limits referenced by rule use-shared-rules",
    );
  });

  it("errors when a referenced group is missing", () => {
    const acl = webAcl({ rules: [ruleGroupReference(ruleGroupArn("shared-limits"))] });
    const [finding] = evaluate({ acl });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("could not be read");
  });

  it("passes a blocking rule beside an unread group", () => {
    const arn = ruleGroupArn("shared-limits");
    const acl = webAcl({ rules: [rateRule("block"), ruleGroupReference(arn)] });
    const [finding] = evaluate({
      acl,
      waf: { ruleGroups: { [arn]: denied("wafv2:GetRuleGroup") } },
    });

    expect(finding?.status).toBe("pass");
  });

  it("errors when the association is denied", () => {
    const [finding] = evaluate({ association: denied("wafv2:GetWebACLForResource") });

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:GetWebACLForResource");
  });

  it("is not applicable to an internal ALB", () => {
    const [finding] = evaluate({ loadBalancers: [loadBalancer({ scheme: "internal" })] });

    expect(finding?.status).toBe("not_applicable");
  });
});
