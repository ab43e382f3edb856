import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../../src/checks/settings.js";
import { albManagedRuleGroups } from "../../../../src/checks/wafv2/alb-managed-rule-groups.js";
import { failed } from "../../../../src/collect/collected.js";
import { loadBalancer } from "../elbv2/fixtures.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { albWafInventory, managedGroupRule, webAcl, webAclArn } from "./fixtures.js";

const CORE_RULE_SET = "AWSManagedRulesCommonRuleSet";
const ALL_REQUIRED = DEFAULT_SETTINGS.requiredManagedRuleGroups.map((name) =>
  managedGroupRule(name),
);

function evaluate(options: Parameters<typeof albWafInventory>[0], required = [CORE_RULE_SET]) {
  const settings = { ...DEFAULT_SETTINGS, requiredManagedRuleGroups: required };
  return albManagedRuleGroups.evaluate(albWafInventory(options), settings);
}

describe("wafv2.alb-managed-rule-groups", () => {
  it("fails an ALB without a web ACL", () => {
    const [finding] = evaluate({ association: ok(null) });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("has no web ACL");
    expect(finding?.reason).toContain(`runs ${CORE_RULE_SET} with override action None`);
  });

  it("fails a missing required group", () => {
    const acl = webAcl({ rules: [managedGroupRule(CORE_RULE_SET)] });
    const [finding] = evaluate({ acl }, DEFAULT_SETTINGS.requiredManagedRuleGroups);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("AWSManagedRulesSQLiRuleSet is not in the web ACL");
    expect(finding?.reason).not.toContain(`${CORE_RULE_SET} is not in the web ACL`);
  });

  it("fails a group with override action Count", () => {
    const acl = webAcl({ rules: [managedGroupRule(CORE_RULE_SET, "count")] });
    const [finding] = evaluate({ acl });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("override action Count");
  });

  it("ignores groups of another vendor", () => {
    const rule = managedGroupRule(CORE_RULE_SET, "none", { VendorName: "ExampleVendor" });
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("fail");
  });

  it("passes every required group in blocking mode", () => {
    const acl = webAcl({ rules: ALL_REQUIRED });
    const [finding] = evaluate({ acl }, DEFAULT_SETTINGS.requiredManagedRuleGroups);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Web ACL example-acl of load balancer example-alb");
    expect(finding?.evidence).toMatchObject({
      WebACL: "example-acl",
      AwsManagedRuleGroups: [{ OverrideAction: "None" }, {}, {}],
    });
  });

  it("passes a group in a Firewall Manager pre-process group", () => {
    // The account's Rules are empty: only Firewall Manager runs the Core Rule Set.
    const acl = webAcl({
      name: "FMManagedWebACLV2-example-policy-1700000000000",
      managedByFirewallManager: true,
      preProcessFirewallManagerRuleGroups: [
        {
          name: "PREFMManaged-AWSManagedRulesCommonRuleSet",
          priority: 0,
          overrideAction: "none",
          statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: CORE_RULE_SET } },
        },
      ],
    });
    const [finding] = evaluate({ acl });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Firewall Manager pre-process rule group");
    expect(finding?.evidence).toMatchObject({ ManagedByFirewallManager: true });
  });

  it("fails a Firewall Manager web ACL without the groups", () => {
    const acl = webAcl({ managedByFirewallManager: true });
    const [finding] = evaluate({ acl });

    expect(finding?.status).toBe("fail");
  });

  it("reports rules overridden to Count", () => {
    const rule = managedGroupRule(CORE_RULE_SET, "none", {
      RuleActionOverrides: [{ Name: "SizeRestrictions_BODY", ActionToUse: { Count: {} } }],
      ExcludedRules: [{ Name: "NoUserAgent_HEADER" }],
    });
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("rules NoUserAgent_HEADER, SizeRestrictions_BODY overridden");
    expect(finding?.reason).toContain("describe-managed-rule-group");
    expect(finding?.evidence).toMatchObject({
      AwsManagedRuleGroups: [{ ExcludedRules: [{ Name: "NoUserAgent_HEADER" }] }],
    });
  });

  it("names the scope-down statement of a group", () => {
    const scopeDown = {
      ByteMatchStatement: {
        FieldToMatch: { UriPath: {} },
        PositionalConstraint: "STARTS_WITH",
        SearchString: "/api/",
      },
    };
    const rule = managedGroupRule(CORE_RULE_SET, "none", { ScopeDownStatement: scopeDown });
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain('only for requests where the URI path starts with "/api/"');
  });

  it("errors on an unknown override action", () => {
    const rule = { ...managedGroupRule(CORE_RULE_SET), overrideAction: undefined };
    const [finding] = evaluate({ acl: webAcl({ rules: [rule] }) });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("override action (unknown)");
  });

  it("errors without reporting no WAF when the association is denied", () => {
    // An SCP denies wafv2:GetWebACLForResource, so the association was never observed.
    const [finding] = evaluate({ association: denied("wafv2:GetWebACLForResource") });

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:GetWebACLForResource");
    expect(finding?.reason).toContain("Grant wafv2:GetWebACLForResource");
    expect(finding?.reason).not.toContain("no web ACL");
  });

  it("errors when the association was not read", () => {
    const [finding] = evaluate({ waf: { webAclByLoadBalancer: {} } });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no GetWebACLForResource result");
  });

  it("errors when the web ACL was not listed", () => {
    const [finding] = evaluate({ association: ok(webAclArn("other-acl")) });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("did not return it");
  });

  it("errors when the web ACL could not be read", () => {
    const arn = webAclArn("example-acl");
    const getWebAcl = denied("wafv2:GetWebACL");
    const [finding] = evaluate({
      waf: { webAcls: [failed({ ...getWebAcl.error, resource: arn })] },
    });

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:GetWebACL");
  });

  it("is not applicable to an internal ALB", () => {
    const [finding] = evaluate({ loadBalancers: [loadBalancer({ scheme: "internal" })] });

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("scheme internal");
  });

  it("is not applicable without required groups", () => {
    const [finding] = evaluate({}, []);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("require no managed rule groups");
  });

  it("errors when the wafv2 region failed", () => {
    const inventory = albWafInventory();
    inventory.parts.wafv2 = { [REGION]: denied("wafv2:ListWebACLs") };
    const [finding] = albManagedRuleGroups.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("wafv2:ListWebACLs");
  });

  it("errors when the wafv2 part was not collected", () => {
    const inventory = albWafInventory();
    delete inventory.parts.wafv2;
    const [finding] = albManagedRuleGroups.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no wafv2 data");
  });

  it("errors when the elbv2 part was not collected", () => {
    const [finding] = albManagedRuleGroups.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no elbv2 data");
  });
});
