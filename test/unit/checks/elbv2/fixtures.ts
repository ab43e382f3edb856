import type {
  Elbv2Region,
  Listener,
  ListenerAction,
  ListenerRule,
  LoadBalancer,
  TargetGroup,
} from "../../../../src/collect/inventory.js";
import type { Finding } from "../../../../src/checks/check.js";
import { ACCOUNT_ID, inventoryWith, ok, REGION } from "../inventory-fixture.js";

const ARN_PREFIX = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}`;

export function targetGroupArn(name: string): string {
  return `${ARN_PREFIX}:targetgroup/${name}/0123456789abcdef`;
}

export function loadBalancerArn(name: string, type = "app"): string {
  return `${ARN_PREFIX}:loadbalancer/${type}/${name}/0123456789abcdef`;
}

export function forward(targetGroup: string): ListenerAction {
  return { type: "forward", order: 1, targetGroupArns: [targetGroupArn(targetGroup)] };
}

export function redirect(protocol?: string): ListenerAction {
  const config = protocol === undefined ? { port: "443" } : { protocol, port: "443" };
  return {
    type: "redirect",
    order: 1,
    targetGroupArns: [],
    redirect: { ...config, statusCode: "HTTP_301" },
  };
}

export function fixedResponse(): ListenerAction {
  return { type: "fixed-response", order: 1, targetGroupArns: [] };
}

export function rule(priority: string, actions: ListenerAction[]): ListenerRule {
  return {
    arn: `${ARN_PREFIX}:listener-rule/app/example-alb/1/2/${priority}`,
    priority,
    isDefault: false,
    conditions: [{ field: "path-pattern", values: ["/api/*"] }],
    actions,
  };
}

/** Builds a listener, by default HTTP:80 forwarding to `tg-app` with no rules besides the default rule. */
export function listener(overrides: Partial<Listener> = {}): Listener {
  const port = overrides.port ?? 80;
  return {
    arn: `${ARN_PREFIX}:listener/app/example-alb/0123456789abcdef/${port}`,
    port,
    protocol: "HTTP",
    defaultActions: [forward("tg-app")],
    rules: ok([]),
    ...overrides,
  };
}

export function httpsListener(overrides: Partial<Listener> = {}): Listener {
  return listener({
    port: 443,
    protocol: "HTTPS",
    sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    ...overrides,
  });
}

/** Builds an internet-facing application load balancer named `example-alb`, without listeners. */
export function loadBalancer(overrides: Partial<LoadBalancer> = {}): LoadBalancer {
  const name = overrides.name ?? "example-alb";
  const type = overrides.type ?? "application";
  return {
    arn: loadBalancerArn(name, type === "network" ? "net" : "app"),
    name,
    type,
    scheme: "internet-facing",
    dnsName: `${name}-1234567890.${REGION}.elb.amazonaws.com`,
    attributes: ok({}),
    listeners: ok([]),
    ...overrides,
  };
}

/** Builds a target group named `tg-app` on HTTPS:8443 with instance targets, attached to `example-alb`. */
export function targetGroup(overrides: Partial<TargetGroup> = {}): TargetGroup {
  const name = overrides.name ?? "tg-app";
  return {
    arn: targetGroupArn(name),
    name,
    protocol: "HTTPS",
    port: 8443,
    targetType: "instance",
    healthCheckProtocol: "HTTPS",
    loadBalancerArns: [loadBalancerArn("example-alb")],
    ...overrides,
  };
}

/** SSL policies as DescribeSSLPolicies returns them for two common predefined policies. */
export const SSL_POLICIES: Record<string, string[]> = {
  "ELBSecurityPolicy-TLS13-1-2-2021-06": ["TLSv1.2", "TLSv1.3"],
  "ELBSecurityPolicy-2016-08": ["TLSv1", "TLSv1.1", "TLSv1.2"],
};

export function elbv2Region(overrides: Partial<Elbv2Region> = {}): Elbv2Region {
  return { loadBalancers: [], targetGroups: ok([]), sslPolicies: ok(SSL_POLICIES), ...overrides };
}

/** An inventory of one region whose ELBv2 data was read. */
export function elbv2Inventory(overrides: Partial<Elbv2Region> = {}) {
  return inventoryWith({ elbv2: { [REGION]: ok(elbv2Region(overrides)) } });
}

/** The one finding about the resource named `name`; fails the test when there is not exactly one. */
export function findingFor(findings: Finding[], name: string): Finding {
  const matches = findings.filter((candidate) => candidate.resource.name === name);
  if (matches.length !== 1 || matches[0] === undefined) {
    throw new Error(`expected one finding for ${name}, got ${matches.length}`);
  }
  return matches[0];
}

/** Builds an authenticate-oidc action; `onUnauthenticatedRequest` absent means the API default. */
export function authenticateOidc(onUnauthenticatedRequest?: string, order = 1): ListenerAction {
  const action: ListenerAction = {
    type: "authenticate-oidc",
    order,
    targetGroupArns: [],
    issuer: "https://idp.example.com",
  };
  if (onUnauthenticatedRequest !== undefined) {
    action.onUnauthenticatedRequest = onUnauthenticatedRequest;
  }
  return action;
}

/** Builds a forward action with an explicit Order, to follow an authenticate action. */
export function forwardAt(targetGroup: string, order: number): ListenerAction {
  return { ...forward(targetGroup), order };
}

/** Builds a rule whose only condition is a path-pattern condition with `paths`. */
export function pathRule(
  priority: string,
  paths: string[],
  actions: ListenerAction[],
): ListenerRule {
  return { ...rule(priority, actions), conditions: [{ field: "path-pattern", values: paths }] };
}
