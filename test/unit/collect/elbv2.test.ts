import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeSSLPoliciesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  type Action,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Collected } from "../../../src/collect/collected.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import { elbv2Collector } from "../../../src/collect/elbv2.js";
import type { Elbv2Region, Listener } from "../../../src/collect/inventory.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";
const PREFIX = "arn:aws:elasticloadbalancing:eu-west-1:111122223333";
const ALB_ARN = `${PREFIX}:loadbalancer/app/example-alb/1`;
const NLB_ARN = `${PREFIX}:loadbalancer/net/example-nlb/2`;
const HTTPS_ARN = `${PREFIX}:listener/app/example-alb/1/443`;
const TG_APP = `${PREFIX}:targetgroup/example-app/3`;
const TG_CANARY = `${PREFIX}:targetgroup/example-canary/4`;

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
let context: CollectContext;

function loadBalancer(arn: string, name: string) {
  return {
    LoadBalancerArn: arn,
    LoadBalancerName: name,
    Type: "application" as const,
    Scheme: "internet-facing" as const,
    DNSName: `${name}.eu-west-1.elb.amazonaws.com`,
  };
}

beforeEach(() => {
  elbv2.reset();
  context = contextFor([REGION]);
  elbv2
    .on(DescribeLoadBalancersCommand)
    .resolves({ LoadBalancers: [loadBalancer(ALB_ARN, "example-alb")] });
  elbv2.on(DescribeLoadBalancerAttributesCommand).resolves({
    Attributes: [{ Key: "routing.http.drop_invalid_header_fields.enabled", Value: "true" }],
  });
  elbv2.on(DescribeListenersCommand).resolves({ Listeners: [] });
  elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN }).resolves({
    Listeners: [
      {
        ListenerArn: HTTPS_ARN,
        Port: 443,
        Protocol: "HTTPS",
        SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
        DefaultActions: [{ Type: "forward", TargetGroupArn: TG_APP }],
      },
    ],
  });
  elbv2.on(DescribeRulesCommand).resolves({
    Rules: [{ RuleArn: `${HTTPS_ARN}/default`, Priority: "default", IsDefault: true }],
  });
  elbv2.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [] });
  elbv2.on(DescribeSSLPoliciesCommand).resolves({ SslPolicies: [] });
});

afterEach(() => context.clients.destroy());

function valueOf<T>(value: Collected<T> | undefined): T {
  if (value === undefined || !value.ok) throw new Error("expected a collected value");
  return value.value;
}

function listenersOf(region: Elbv2Region, index = 0): Listener[] {
  return valueOf(region.loadBalancers[index]?.listeners);
}

/** Collects a region whose HTTPS listener has `actions` as default actions. */
async function collectWithDefaultActions(actions: Action[]): Promise<Listener> {
  elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN }).resolves({
    Listeners: [{ ListenerArn: HTTPS_ARN, Port: 443, Protocol: "HTTPS", DefaultActions: actions }],
  });
  const region = await elbv2Collector.collect(context, REGION);
  const listener = listenersOf(region)[0];
  if (listener === undefined) throw new Error("expected a listener");
  return listener;
}

describe("elbv2Collector paging", () => {
  it("follows DescribeLoadBalancers markers", async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancers: [loadBalancer(ALB_ARN, "example-alb")],
      NextMarker: "page-2",
    });
    elbv2
      .on(DescribeLoadBalancersCommand, { Marker: "page-2" })
      .resolves({ LoadBalancers: [loadBalancer(NLB_ARN, "example-nlb")] });

    const region = await elbv2Collector.collect(context, REGION);

    expect(region.loadBalancers.map((found) => found.name)).toEqual(["example-alb", "example-nlb"]);
  });

  it("follows DescribeListeners markers", async () => {
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN }).resolves({
      Listeners: [{ ListenerArn: `${HTTPS_ARN}-a`, Port: 80 }],
      NextMarker: "page-2",
    });
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN, Marker: "page-2" })
      .resolves({ Listeners: [{ ListenerArn: `${HTTPS_ARN}-b`, Port: 443 }] });

    const region = await elbv2Collector.collect(context, REGION);

    expect(listenersOf(region).map((listener) => listener.port)).toEqual([80, 443]);
  });

  it("follows DescribeRules markers", async () => {
    elbv2.on(DescribeRulesCommand).resolves({
      Rules: [{ RuleArn: `${HTTPS_ARN}/10`, Priority: "10", IsDefault: false }],
      NextMarker: "page-2",
    });
    elbv2.on(DescribeRulesCommand, { Marker: "page-2" }).resolves({
      Rules: [
        { RuleArn: `${HTTPS_ARN}/20`, Priority: "20", IsDefault: false },
        { RuleArn: `${HTTPS_ARN}/default`, Priority: "default", IsDefault: true },
      ],
    });

    const region = await elbv2Collector.collect(context, REGION);
    const rules = valueOf(listenersOf(region)[0]?.rules);

    expect(rules.map((rule) => rule.priority)).toEqual(["10", "20"]);
  });

  it("follows DescribeTargetGroups markers", async () => {
    elbv2.on(DescribeTargetGroupsCommand).resolves({
      TargetGroups: [{ TargetGroupArn: TG_APP, TargetGroupName: "example-app" }],
      NextMarker: "page-2",
    });
    elbv2.on(DescribeTargetGroupsCommand, { Marker: "page-2" }).resolves({
      TargetGroups: [{ TargetGroupArn: TG_CANARY, TargetGroupName: "example-canary" }],
    });

    const region = await elbv2Collector.collect(context, REGION);

    expect(valueOf(region.targetGroups).map((group) => group.name)).toEqual([
      "example-app",
      "example-canary",
    ]);
  });

  it("follows DescribeSSLPolicies markers", async () => {
    elbv2.on(DescribeSSLPoliciesCommand).resolves({
      SslPolicies: [{ Name: "ELBSecurityPolicy-2016-08", SslProtocols: ["TLSv1", "TLSv1.2"] }],
      NextMarker: "page-2",
    });
    elbv2.on(DescribeSSLPoliciesCommand, { Marker: "page-2" }).resolves({
      SslPolicies: [{ Name: "ELBSecurityPolicy-TLS13-1-3-2021-06", SslProtocols: ["TLSv1.3"] }],
    });

    const region = await elbv2Collector.collect(context, REGION);

    expect(valueOf(region.sslPolicies)).toEqual({
      "ELBSecurityPolicy-2016-08": ["TLSv1", "TLSv1.2"],
      "ELBSecurityPolicy-TLS13-1-3-2021-06": ["TLSv1.3"],
    });
  });
});

describe("elbv2Collector load balancers", () => {
  it("converts a load balancer", async () => {
    const region = await elbv2Collector.collect(context, REGION);

    expect(region.loadBalancers[0]).toMatchObject({
      arn: ALB_ARN,
      name: "example-alb",
      type: "application",
      scheme: "internet-facing",
      dnsName: "example-alb.eu-west-1.elb.amazonaws.com",
      attributes: {
        ok: true,
        value: { "routing.http.drop_invalid_header_fields.enabled": "true" },
      },
    });
  });

  it("defaults a missing scheme", async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancers: [{ LoadBalancerArn: ALB_ARN, LoadBalancerName: "example-alb" }],
    });

    const region = await elbv2Collector.collect(context, REGION);

    expect(region.loadBalancers[0]?.scheme).toBe("internet-facing");
  });

  it("converts a listener", async () => {
    const region = await elbv2Collector.collect(context, REGION);

    expect(listenersOf(region)).toEqual([
      {
        arn: HTTPS_ARN,
        port: 443,
        protocol: "HTTPS",
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
        defaultActions: [{ type: "forward", targetGroupArns: [TG_APP] }],
        rules: { ok: true, value: [] },
      },
    ]);
  });

  it("leaves a missing protocol undefined", async () => {
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN }).resolves({
      Listeners: [{ ListenerArn: HTTPS_ARN, DefaultActions: [] }],
    });

    const region = await elbv2Collector.collect(context, REGION);

    expect(listenersOf(region)[0]).not.toHaveProperty("protocol");
  });

  it("links each load balancer to a target group once", async () => {
    elbv2.on(DescribeTargetGroupsCommand).resolves({
      TargetGroups: [
        {
          TargetGroupArn: TG_APP,
          TargetGroupName: "example-app",
          Protocol: "HTTPS",
          Port: 8443,
          TargetType: "instance",
          HealthCheckProtocol: "HTTPS",
          LoadBalancerArns: [ALB_ARN, ALB_ARN],
        },
      ],
    });

    const region = await elbv2Collector.collect(context, REGION);

    expect(valueOf(region.targetGroups)).toEqual([
      {
        arn: TG_APP,
        name: "example-app",
        protocol: "HTTPS",
        port: 8443,
        targetType: "instance",
        healthCheckProtocol: "HTTPS",
        loadBalancerArns: [ALB_ARN],
      },
    ]);
  });

  it("lists target groups once per region", async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancers: [loadBalancer(ALB_ARN, "example-alb"), loadBalancer(NLB_ARN, "example-nlb")],
    });

    await elbv2Collector.collect(context, REGION);

    const calls = elbv2.commandCalls(DescribeTargetGroupsCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.LoadBalancerArn).toBeUndefined();
  });
});

describe("elbv2Collector actions", () => {
  it("keeps OIDC fields without secrets", async () => {
    const listener = await collectWithDefaultActions([
      {
        Type: "authenticate-oidc",
        Order: 1,
        AuthenticateOidcConfig: {
          Issuer: "https://idp.example.com",
          ClientId: "example-client",
          ClientSecret: "example-secret",
          AuthorizationEndpoint: "https://idp.example.com/authorize",
          TokenEndpoint: "https://idp.example.com/token",
          UserInfoEndpoint: "https://idp.example.com/userinfo",
          OnUnauthenticatedRequest: "allow",
        },
      },
    ]);

    expect(listener.defaultActions).toEqual([
      {
        type: "authenticate-oidc",
        order: 1,
        targetGroupArns: [],
        issuer: "https://idp.example.com",
        onUnauthenticatedRequest: "allow",
      },
    ]);
    expect(JSON.stringify(listener)).not.toContain("example-secret");
  });

  it("keeps the Cognito user pool", async () => {
    const userPoolArn = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_example";
    const listener = await collectWithDefaultActions([
      {
        Type: "authenticate-cognito",
        AuthenticateCognitoConfig: {
          UserPoolArn: userPoolArn,
          UserPoolClientId: "example-client",
          UserPoolDomain: "example",
          OnUnauthenticatedRequest: "deny",
        },
      },
    ]);

    expect(listener.defaultActions[0]?.userPoolArn).toBe(userPoolArn);
    expect(listener.defaultActions[0]?.onUnauthenticatedRequest).toBe("deny");
  });

  it("merges forward target groups", async () => {
    const listener = await collectWithDefaultActions([
      {
        Type: "forward",
        TargetGroupArn: TG_APP,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: TG_APP, Weight: 90 },
            { TargetGroupArn: TG_CANARY, Weight: 10 },
          ],
        },
      },
    ]);

    expect(listener.defaultActions[0]?.targetGroupArns).toEqual([TG_APP, TG_CANARY]);
  });

  it("keeps the redirect target", async () => {
    const listener = await collectWithDefaultActions([
      {
        Type: "redirect",
        RedirectConfig: {
          Protocol: "HTTPS",
          Port: "443",
          Host: "#{host}",
          Path: "/#{path}",
          Query: "#{query}",
          StatusCode: "HTTP_301",
        },
      },
    ]);

    expect(listener.defaultActions[0]?.redirect).toEqual({
      protocol: "HTTPS",
      port: "443",
      host: "#{host}",
      path: "/#{path}",
      statusCode: "HTTP_301",
    });
  });

  it("converts rule conditions", async () => {
    elbv2.on(DescribeRulesCommand).resolves({
      Rules: [
        {
          RuleArn: `${HTTPS_ARN}/10`,
          Priority: "10",
          IsDefault: false,
          Conditions: [
            { Field: "path-pattern", Values: ["/api/*"] },
            { Field: "host-header", HostHeaderConfig: { Values: ["app.example.com"] } },
            { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "X-Env", Values: ["a"] } },
            { Field: "query-string", QueryStringConfig: { Values: [{ Key: "v", Value: "2" }] } },
          ],
          Actions: [{ Type: "fixed-response" }],
        },
      ],
    });

    const region = await elbv2Collector.collect(context, REGION);
    const rule = valueOf(listenersOf(region)[0]?.rules)[0];

    expect(rule).toEqual({
      arn: `${HTTPS_ARN}/10`,
      priority: "10",
      isDefault: false,
      conditions: [
        { field: "path-pattern", values: ["/api/*"] },
        { field: "host-header", values: ["app.example.com"] },
        { field: "http-header", values: ["X-Env: a"] },
        { field: "query-string", values: ["v=2"] },
      ],
      actions: [{ type: "fixed-response", targetGroupArns: [] }],
    });
  });
});

describe("elbv2Collector failures", () => {
  it("propagates a listing failure", async () => {
    elbv2.on(DescribeLoadBalancersCommand).rejects(awsError("AccessDenied", 403));

    await expect(elbv2Collector.collect(context, REGION)).rejects.toThrow("AccessDenied");
  });

  it("marks only the denied attributes", async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancers: [loadBalancer(ALB_ARN, "example-alb"), loadBalancer(NLB_ARN, "example-nlb")],
    });
    elbv2
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: NLB_ARN })
      .rejects(awsError("AccessDenied", 403));

    const region = await elbv2Collector.collect(context, REGION);
    const attributes = region.loadBalancers[1]?.attributes;

    expect(region.loadBalancers[0]?.attributes.ok).toBe(true);
    expect(attributes?.ok).toBe(false);
    if (attributes?.ok !== false) return;
    expect(attributes.error.kind).toBe("access_denied");
    expect(attributes.error.resource).toBe(NLB_ARN);
    expect(attributes.error.action).toBe("elasticloadbalancing:DescribeLoadBalancerAttributes");
  });

  it("marks only the denied listeners", async () => {
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: ALB_ARN })
      .rejects(awsError("AccessDenied", 403));

    const region = await elbv2Collector.collect(context, REGION);
    const listeners = region.loadBalancers[0]?.listeners;

    expect(region.loadBalancers[0]?.attributes.ok).toBe(true);
    expect(listeners?.ok).toBe(false);
    if (listeners?.ok !== false) return;
    expect(listeners.error.kind).toBe("access_denied");
    expect(listeners.error.operation).toBe("DescribeListeners");
  });

  it("marks only the denied rules", async () => {
    elbv2.on(DescribeRulesCommand).rejects(awsError("AccessDenied", 403));

    const region = await elbv2Collector.collect(context, REGION);
    const rules = listenersOf(region)[0]?.rules;

    expect(rules?.ok).toBe(false);
    if (rules?.ok !== false) return;
    expect(rules.error.kind).toBe("access_denied");
    expect(rules.error.resource).toBe(HTTPS_ARN);
  });

  it("fails target groups and SSL policies alone", async () => {
    elbv2.on(DescribeTargetGroupsCommand).rejects(awsError("AccessDenied", 403));
    elbv2.on(DescribeSSLPoliciesCommand).rejects(awsError("Throttling", 400));

    const region = await elbv2Collector.collect(context, REGION);

    expect(region.loadBalancers).toHaveLength(1);
    expect(region.targetGroups.ok ? undefined : region.targetGroups.error.kind).toBe(
      "access_denied",
    );
    expect(region.sslPolicies.ok ? undefined : region.sslPolicies.error.kind).toBe("throttled");
  });
});

describe("elbv2Collector declaration", () => {
  it("declares every ELBv2 action it calls", () => {
    expect(elbv2Collector.actions).toEqual([
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeListeners",
      "elasticloadbalancing:DescribeRules",
      "elasticloadbalancing:DescribeTargetGroups",
      "elasticloadbalancing:DescribeSSLPolicies",
    ]);
  });
});
