import {
  GetRuleGroupCommand,
  GetWebACLCommand,
  GetWebACLForResourceCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type WebACL,
} from "@aws-sdk/client-wafv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { wafv2CloudfrontCollector } from "../../../src/collect/wafv2-cloudfront.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const GROUP_ARN = "arn:aws:wafv2:us-east-1:111122223333:global/rulegroup/example-group/2";

const waf = mockClient(WAFV2Client);
let context: CollectContext;

beforeEach(() => {
  waf.reset();
  context = contextFor(["eu-west-1"]);
});

afterEach(() => context.clients.destroy());

function webAcl(name: string, fields: Partial<WebACL> = {}): WebACL {
  return {
    Name: name,
    Id: `${name}-id`,
    ARN: `arn:aws:wafv2:us-east-1:111122223333:global/webacl/${name}/${name}-id`,
    DefaultAction: { Block: {} },
    VisibilityConfig: undefined,
    Rules: [],
    ...fields,
  };
}

describe("wafv2CloudfrontCollector", () => {
  it("lists CLOUDFRONT web ACLs in us-east-1 over pages", async () => {
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [{ Name: "first", Id: "first-id", ARN: "arn:first" }],
      NextMarker: "page-2",
    });
    waf.on(ListWebACLsCommand, { NextMarker: "page-2" }).resolves({
      WebACLs: [{ Name: "second", Id: "second-id", ARN: "arn:second" }],
    });
    waf.on(GetWebACLCommand, { Name: "first" }).resolves({ WebACL: webAcl("first") });
    waf.on(GetWebACLCommand, { Name: "second" }).resolves({ WebACL: webAcl("second") });

    const scope = await wafv2CloudfrontCollector.collect(context, "us-east-1");

    const names = scope.webAcls.map((acl) => (acl.ok ? acl.value.name : "failed"));
    expect(names).toEqual(["first", "second"]);
    const calls = waf.commandCalls(ListWebACLsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input).toEqual({
      Scope: "CLOUDFRONT",
      Limit: 100,
      NextMarker: "page-2",
    });
    expect(await regionOf(calls[0]!.thisValue)).toBe("us-east-1");
  });

  it("reads web ACLs and rule groups with scope CLOUDFRONT", async () => {
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [{ Name: "edge", Id: "edge-id", ARN: "arn:edge" }],
    });
    const rules = [
      {
        Name: "group",
        Priority: 0,
        OverrideAction: { None: {} },
        Statement: { RuleGroupReferenceStatement: { ARN: GROUP_ARN } },
        VisibilityConfig: undefined,
      },
    ];
    waf.on(GetWebACLCommand).resolves({ WebACL: webAcl("edge", { Rules: rules }) });
    waf.on(GetRuleGroupCommand).resolves({
      RuleGroup: {
        Name: "example-group",
        Id: "2",
        ARN: GROUP_ARN,
        Capacity: 1,
        VisibilityConfig: undefined,
        Rules: [],
      },
    });

    const scope = await wafv2CloudfrontCollector.collect(context, "us-east-1");

    expect(waf.commandCalls(GetWebACLCommand)[0]!.args[0].input.Scope).toBe("CLOUDFRONT");
    expect(waf.commandCalls(GetRuleGroupCommand)[0]!.args[0].input).toEqual({
      ARN: GROUP_ARN,
      Scope: "CLOUDFRONT",
    });
    expect(scope.ruleGroups[GROUP_ARN]?.ok).toBe(true);
    expect(waf.commandCalls(GetWebACLForResourceCommand)).toHaveLength(0);
  });

  it("records a denied GetWebACL", async () => {
    waf.on(ListWebACLsCommand).resolves({
      WebACLs: [{ Name: "edge", Id: "edge-id", ARN: "arn:edge" }],
    });
    waf.on(GetWebACLCommand).rejects(awsError("AccessDeniedException"));

    const scope = await wafv2CloudfrontCollector.collect(context, "us-east-1");

    const acl = scope.webAcls[0];
    expect(acl?.ok).toBe(false);
    if (acl?.ok !== false) return;
    expect(acl.error.action).toBe("wafv2:GetWebACL");
    expect(acl.error.region).toBe("us-east-1");
  });

  it("declares every IAM action it calls", () => {
    expect(wafv2CloudfrontCollector.actions).toEqual([
      "wafv2:ListWebACLs",
      "wafv2:GetWebACL",
      "wafv2:GetRuleGroup",
    ]);
  });
});
