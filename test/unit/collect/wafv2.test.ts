import {
  GetRuleGroupCommand,
  GetWebACLCommand,
  GetWebACLForResourceCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type Rule,
  type WebACL,
} from "@aws-sdk/client-wafv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collected, failed } from "../../../src/collect/collected.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import type { LoadBalancer } from "../../../src/collect/inventory.js";
import { wafv2Collector } from "../../../src/collect/wafv2.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const REGION = "eu-west-1";
const ACL_ARN = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/example-acl/1";
const GROUP_ARN = "arn:aws:wafv2:eu-west-1:111122223333:regional/rulegroup/example-group/2";
const ALB_ARN =
  "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/example-alb/3";
const NLB_ARN =
  "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/example-nlb/4";

const waf = mockClient(WAFV2Client);
let context: CollectContext;

beforeEach(() => {
  waf.reset();
  context = contextFor([REGION]);
  waf.on(ListWebACLsCommand).resolves({ WebACLs: [] });
});

afterEach(() => context.clients.destroy());

function webAcl(fields: Partial<WebACL> = {}): WebACL {
  return {
    Name: "example-acl",
    Id: "1",
    ARN: ACL_ARN,
    DefaultAction: { Allow: {} },
    VisibilityConfig: undefined,
    Rules: [],
    ...fields,
  };
}

/** Lists one web ACL and returns it from GetWebACL. */
function serveAcl(acl: WebACL): void {
  waf.on(ListWebACLsCommand).resolves({
    WebACLs: [{ Name: acl.Name, Id: acl.Id, ARN: acl.ARN }],
  });
  waf.on(GetWebACLCommand, { Name: acl.Name }).resolves({ WebACL: acl });
}

function loadBalancer(arn: string, type: LoadBalancer["type"]): LoadBalancer {
  return {
    arn,
    name: arn.split("/")[2]!,
    type,
    scheme: "internet-facing",
    dnsName: "example.elb.amazonaws.com",
    attributes: collected({}),
    listeners: collected([]),
  };
}

function withLoadBalancers(...loadBalancers: LoadBalancer[]): void {
  context.parts = {
    elbv2: {
      [REGION]: collected({
        loadBalancers,
        targetGroups: collected([]),
        sslPolicies: collected({}),
      }),
    },
  };
}

async function collectAcl() {
  const region = await wafv2Collector.collect(context, REGION);
  expect(region.webAcls).toHaveLength(1);
  const acl = region.webAcls[0]!;
  if (!acl.ok) throw new Error(`web ACL failed: ${acl.error.message}`);
  return { region, acl: acl.value };
}

const rateRule: Rule = {
  Name: "RateBasedRulePOST",
  Priority: 8,
  Action: { Count: {} },
  VisibilityConfig: undefined,
  Statement: {
    RateBasedStatement: {
      Limit: 100,
      EvaluationWindowSec: 300,
      AggregateKeyType: "IP",
      ScopeDownStatement: {
        ByteMatchStatement: {
          FieldToMatch: { Method: {} },
          PositionalConstraint: "EXACTLY",
          SearchString: new TextEncoder().encode("POST"),
          TextTransformations: [{ Priority: 0, Type: "NONE" }],
        },
      },
    },
  },
};

describe("wafv2Collector web ACLs", () => {
  it("follows ListWebACLs markers", async () => {
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [{ Name: "first", Id: "1", ARN: "arn:first" }],
      NextMarker: "page-2",
    });
    waf.on(ListWebACLsCommand, { NextMarker: "page-2" }).resolves({
      WebACLs: [{ Name: "second", Id: "2", ARN: "arn:second" }],
    });
    waf.on(GetWebACLCommand, { Name: "first" }).resolves({ WebACL: webAcl({ Name: "first" }) });
    waf.on(GetWebACLCommand, { Name: "second" }).resolves({ WebACL: webAcl({ Name: "second" }) });

    const region = await wafv2Collector.collect(context, REGION);

    const names = region.webAcls.map((acl) => (acl.ok ? acl.value.name : "failed"));
    expect(names).toEqual(["first", "second"]);
    const calls = waf.commandCalls(ListWebACLsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0].input).toEqual({ Scope: "REGIONAL", Limit: 100 });
  });

  it("stops listing at an empty page", async () => {
    // AWS may return a NextMarker on the last page, and the page after it is empty.
    waf.on(ListWebACLsCommand).resolves({ WebACLs: [], NextMarker: "again" });

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAcls).toEqual([]);
    expect(waf.commandCalls(ListWebACLsCommand)).toHaveLength(1);
  });

  it("reads each web ACL by name, scope and id", async () => {
    serveAcl(webAcl());

    await collectAcl();

    expect(waf.commandCalls(GetWebACLCommand)[0]!.args[0].input).toEqual({
      Name: "example-acl",
      Scope: "REGIONAL",
      Id: "1",
    });
    expect(await regionOf(waf.commandCalls(GetWebACLCommand)[0]!.thisValue)).toBe(REGION);
  });

  it("converts the default action", async () => {
    serveAcl(webAcl({ DefaultAction: { Block: {} } }));

    const { acl } = await collectAcl();

    expect(acl.defaultAction).toBe("block");
  });

  it("converts rule actions", async () => {
    serveAcl(
      webAcl({
        Rules: [
          { ...rateRule, Name: "a", Action: { Block: {} } },
          { ...rateRule, Name: "b", Action: { Challenge: {} } },
          { ...rateRule, Name: "c", Action: { Captcha: {} } },
        ],
      }),
    );

    const { acl } = await collectAcl();

    expect(acl.rules.map((rule) => rule.action)).toEqual(["block", "challenge", "captcha"]);
  });

  it("converts override actions", async () => {
    const managed = {
      ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" },
    };
    serveAcl(
      webAcl({
        Rules: [
          {
            Name: "a",
            Priority: 0,
            OverrideAction: { None: {} },
            Statement: managed,
            VisibilityConfig: undefined,
          },
          {
            Name: "b",
            Priority: 1,
            OverrideAction: { Count: {} },
            Statement: managed,
            VisibilityConfig: undefined,
          },
        ],
      }),
    );

    const { acl } = await collectAcl();

    expect(acl.rules.map((rule) => rule.overrideAction)).toEqual(["none", "count"]);
    expect(acl.rules[0]!.action).toBeUndefined();
    expect(acl.rules[0]!.statement).toEqual(managed);
  });

  it("decodes binary search strings", async () => {
    serveAcl(webAcl({ Rules: [rateRule] }));

    const { acl } = await collectAcl();

    const rule = acl.rules[0]!;
    expect(rule).toMatchObject({ name: "RateBasedRulePOST", priority: 8, action: "count" });
    expect(rule.statement).toEqual({
      RateBasedStatement: {
        Limit: 100,
        EvaluationWindowSec: 300,
        AggregateKeyType: "IP",
        ScopeDownStatement: {
          ByteMatchStatement: {
            FieldToMatch: { Method: {} },
            PositionalConstraint: "EXACTLY",
            SearchString: "POST",
            TextTransformations: [{ Priority: 0, Type: "NONE" }],
          },
        },
      },
    });
    expect(JSON.parse(JSON.stringify(rule.statement))).toEqual(rule.statement);
  });

  it("keeps Firewall Manager rule groups", async () => {
    const statement = {
      ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" },
    };
    serveAcl(
      webAcl({
        Name: "FMManagedWebACLV2-example-policy-1700000000000",
        ManagedByFirewallManager: true,
        PreProcessFirewallManagerRuleGroups: [
          {
            Name: "PREFMManaged-AWSManagedRulesCommonRuleSet",
            Priority: 0,
            FirewallManagerStatement: statement,
            OverrideAction: { None: {} },
            VisibilityConfig: undefined,
          },
        ],
        PostProcessFirewallManagerRuleGroups: [],
      }),
    );

    const { acl } = await collectAcl();

    expect(acl.managedByFirewallManager).toBe(true);
    expect(acl.rules).toEqual([]);
    expect(acl.preProcessFirewallManagerRuleGroups).toEqual([
      {
        name: "PREFMManaged-AWSManagedRulesCommonRuleSet",
        priority: 0,
        overrideAction: "none",
        statement,
      },
    ]);
    expect(acl.postProcessFirewallManagerRuleGroups).toEqual([]);
  });

  it("records a denied GetWebACL per web ACL", async () => {
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [
        { Name: "denied", Id: "1", ARN: "arn:denied" },
        { Name: "readable", Id: "2", ARN: "arn:readable" },
      ],
    });
    waf.on(GetWebACLCommand, { Name: "denied" }).rejects(awsError("AccessDeniedException", 400));
    waf
      .on(GetWebACLCommand, { Name: "readable" })
      .resolves({ WebACL: webAcl({ Name: "readable" }) });

    const region = await wafv2Collector.collect(context, REGION);

    const [denied, readable] = region.webAcls;
    expect(denied?.ok).toBe(false);
    if (denied?.ok !== false) return;
    expect(denied.error.kind).toBe("access_denied");
    expect(denied.error.action).toBe("wafv2:GetWebACL");
    expect(denied.error.resource).toBe("arn:denied");
    expect(readable?.ok).toBe(true);
  });

  it("propagates a ListWebACLs failure", async () => {
    waf.on(ListWebACLsCommand).rejects(awsError("AccessDeniedException", 400));

    await expect(wafv2Collector.collect(context, REGION)).rejects.toThrow("AccessDeniedException");
  });
});

describe("wafv2Collector rule groups", () => {
  const reference = { RuleGroupReferenceStatement: { ARN: GROUP_ARN } };

  beforeEach(() => {
    waf.on(GetRuleGroupCommand).resolves({
      RuleGroup: {
        Name: "example-group",
        Id: "2",
        ARN: GROUP_ARN,
        Capacity: 10,
        VisibilityConfig: undefined,
        Rules: [{ ...rateRule, Action: { Block: {} } }],
      },
    });
  });

  it("reads a referenced rule group", async () => {
    serveAcl(
      webAcl({
        Rules: [
          {
            Name: "group",
            Priority: 0,
            OverrideAction: { None: {} },
            Statement: reference,
            VisibilityConfig: undefined,
          },
        ],
      }),
    );

    const { region } = await collectAcl();

    const group = region.ruleGroups[GROUP_ARN];
    expect(group?.ok).toBe(true);
    if (group?.ok !== true) return;
    expect(group.value.name).toBe("example-group");
    expect(group.value.rules[0]!.action).toBe("block");
    expect(waf.commandCalls(GetRuleGroupCommand)[0]!.args[0].input).toEqual({
      ARN: GROUP_ARN,
      Scope: "REGIONAL",
    });
  });

  it("finds references in nested statements", async () => {
    serveAcl(
      webAcl({
        Rules: [
          {
            Name: "nested",
            Priority: 0,
            Action: { Block: {} },
            Statement: {
              NotStatement: { Statement: { AndStatement: { Statements: [reference] } } },
            },
            VisibilityConfig: undefined,
          },
        ],
      }),
    );

    const { region } = await collectAcl();

    expect(Object.keys(region.ruleGroups)).toEqual([GROUP_ARN]);
  });

  it("finds references in Firewall Manager statements", async () => {
    serveAcl(
      webAcl({
        PostProcessFirewallManagerRuleGroups: [
          {
            Name: "POSTFMManaged-group",
            Priority: 0,
            FirewallManagerStatement: reference,
            OverrideAction: { None: {} },
            VisibilityConfig: undefined,
          },
        ],
      }),
    );

    const { region } = await collectAcl();

    expect(Object.keys(region.ruleGroups)).toEqual([GROUP_ARN]);
  });

  it("reads a shared rule group once", async () => {
    const groupRule = (name: string): Rule => ({
      Name: name,
      Priority: 0,
      OverrideAction: { None: {} },
      Statement: reference,
      VisibilityConfig: undefined,
    });
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [
        { Name: "first", Id: "1", ARN: "arn:first" },
        { Name: "second", Id: "2", ARN: "arn:second" },
      ],
    });
    waf
      .on(GetWebACLCommand, { Name: "first" })
      .resolves({ WebACL: webAcl({ Rules: [groupRule("a")] }) });
    waf
      .on(GetWebACLCommand, { Name: "second" })
      .resolves({ WebACL: webAcl({ Rules: [groupRule("b")] }) });

    await wafv2Collector.collect(context, REGION);

    expect(waf.commandCalls(GetRuleGroupCommand)).toHaveLength(1);
  });

  it("records a denied rule group", async () => {
    waf.on(GetRuleGroupCommand).rejects(awsError("AccessDeniedException", 400));
    serveAcl(
      webAcl({
        Rules: [
          {
            Name: "group",
            Priority: 0,
            OverrideAction: { None: {} },
            Statement: reference,
            VisibilityConfig: undefined,
          },
        ],
      }),
    );

    const { region } = await collectAcl();

    const group = region.ruleGroups[GROUP_ARN];
    expect(group?.ok).toBe(false);
    if (group?.ok !== false) return;
    expect(group.error.action).toBe("wafv2:GetRuleGroup");
    expect(group.error.resource).toBe(GROUP_ARN);
  });
});

describe("wafv2Collector load balancer associations", () => {
  it("reads the web ACL of application load balancers only", async () => {
    withLoadBalancers(loadBalancer(ALB_ARN, "application"), loadBalancer(NLB_ARN, "network"));
    waf.on(GetWebACLForResourceCommand).resolves({ WebACL: webAcl() });

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAclByLoadBalancer).toEqual({ [ALB_ARN]: collected(ACL_ARN) });
    const calls = waf.commandCalls(GetWebACLForResourceCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({ ResourceArn: ALB_ARN });
  });

  it("records a null web ACL as null", async () => {
    withLoadBalancers(loadBalancer(ALB_ARN, "application"));
    waf.on(GetWebACLForResourceCommand).resolves({ WebACL: null as unknown as undefined });

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAclByLoadBalancer[ALB_ARN]).toEqual(collected(null));
  });

  it("records an absent web ACL as null", async () => {
    withLoadBalancers(loadBalancer(ALB_ARN, "application"));
    waf.on(GetWebACLForResourceCommand).resolves({});

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAclByLoadBalancer[ALB_ARN]).toEqual(collected(null));
  });

  it("records a nonexistent resource as null", async () => {
    withLoadBalancers(loadBalancer(ALB_ARN, "application"));
    waf.on(GetWebACLForResourceCommand).rejects(awsError("WAFNonexistentItemException"));

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAclByLoadBalancer[ALB_ARN]).toEqual(collected(null));
  });

  it("records a denied association as failed", async () => {
    withLoadBalancers(loadBalancer(ALB_ARN, "application"));
    waf.on(GetWebACLForResourceCommand).rejects(awsError("AccessDeniedException"));

    const region = await wafv2Collector.collect(context, REGION);

    const association = region.webAclByLoadBalancer[ALB_ARN];
    expect(association?.ok).toBe(false);
    if (association?.ok !== false) return;
    expect(association.error.kind).toBe("access_denied");
    expect(association.error.action).toBe("wafv2:GetWebACLForResource");
    expect(association.error.resource).toBe(ALB_ARN);
  });

  it("reads no associations when elbv2 failed", async () => {
    context.parts = {
      elbv2: {
        [REGION]: failed({
          kind: "access_denied",
          service: "elbv2",
          operation: "DescribeLoadBalancers",
          region: REGION,
          action: "elasticloadbalancing:DescribeLoadBalancers",
          code: "AccessDenied",
          message: "denied",
        }),
      },
    };

    const region = await wafv2Collector.collect(context, REGION);

    expect(region.webAclByLoadBalancer).toEqual({});
    expect(waf.commandCalls(GetWebACLForResourceCommand)).toHaveLength(0);
  });

  it("declares every IAM action it calls", () => {
    expect(wafv2Collector.actions).toEqual([
      "wafv2:ListWebACLs",
      "wafv2:GetWebACL",
      "wafv2:GetRuleGroup",
      "wafv2:GetWebACLForResource",
    ]);
    expect(wafv2Collector.needs).toEqual(["elbv2"]);
  });
});
