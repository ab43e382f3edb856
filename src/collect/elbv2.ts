import { distinctPages } from "./pages.js";
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeSSLPoliciesCommand,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  paginateDescribeTargetGroups,
  type ElasticLoadBalancingV2Client,
  type LoadBalancer as SdkLoadBalancer,
  type Listener as SdkListener,
  type TargetGroup as SdkTargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { actionsFor } from "../aws/read-operations.js";
import type { Collected } from "./collected.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import { toListenerAction, toListenerRule } from "./elbv2-rules.js";
import type { Listener, ListenerRule, LoadBalancer, TargetGroup } from "./inventory.js";

type Client = ElasticLoadBalancingV2Client;

/**
 * Reads every load balancer of a region with its attributes, listeners and listener rules, and
 * the region's target groups and SSL policies once.
 */
export const elbv2Collector: Collector<"elbv2"> = {
  part: "elbv2",
  service: "elbv2",
  scope: "regional",
  label: "ELBv2",
  actions: actionsFor("elbv2", [
    "DescribeLoadBalancers",
    "DescribeLoadBalancerAttributes",
    "DescribeListeners",
    "DescribeRules",
    "DescribeTargetGroups",
    "DescribeSSLPolicies",
  ]),

  async collect(context, region) {
    const client = context.clients.get("elbv2", region);

    const [loadBalancers, targetGroups, sslPolicies] = await Promise.all([
      listLoadBalancers(client).then((found) =>
        mapConcurrently(found, (loadBalancer) => readLoadBalancer(client, region, loadBalancer)),
      ),
      attempt({ service: "elbv2", operation: "DescribeTargetGroups", region }, () =>
        listTargetGroups(client),
      ),
      attempt({ service: "elbv2", operation: "DescribeSSLPolicies", region }, () =>
        listSslPolicies(client),
      ),
    ]);
    return { loadBalancers, targetGroups, sslPolicies };
  },

  countResources: (value) => value.loadBalancers.length,
};

async function listLoadBalancers(client: Client): Promise<SdkLoadBalancer[]> {
  const found: SdkLoadBalancer[] = [];
  const pages = distinctPages(
    paginateDescribeLoadBalancers({ client, stopOnSameToken: true }, {}),
    "elbv2",
    "DescribeLoadBalancers",
  );
  for await (const page of pages) found.push(...(page.LoadBalancers ?? []));
  return found;
}

async function readLoadBalancer(
  client: Client,
  region: string,
  loadBalancer: SdkLoadBalancer,
): Promise<LoadBalancer> {
  const arn = loadBalancer.LoadBalancerArn ?? "";
  const [attributes, listeners] = await Promise.all([
    readAttributes(client, region, arn),
    readListeners(client, region, arn),
  ]);

  return {
    arn,
    name: loadBalancer.LoadBalancerName ?? "",
    // AWS always returns Type and Scheme. An emulator may omit them for a load balancer created
    // without them, so fall back to what CreateLoadBalancer defaults to.
    type: loadBalancer.Type ?? "application",
    scheme: loadBalancer.Scheme ?? "internet-facing",
    dnsName: loadBalancer.DNSName ?? "",
    attributes,
    listeners,
  };
}

function readAttributes(
  client: Client,
  region: string,
  arn: string,
): Promise<Collected<Record<string, string>>> {
  const context = {
    service: "elbv2",
    operation: "DescribeLoadBalancerAttributes",
    region,
    resource: arn,
  } as const;
  return attempt(context, async () => {
    const response = await client.send(
      new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }),
    );

    const attributes: Record<string, string> = {};
    for (const attribute of response.Attributes ?? []) {
      if (attribute.Key !== undefined) attributes[attribute.Key] = attribute.Value ?? "";
    }
    return attributes;
  });
}

function readListeners(
  client: Client,
  region: string,
  loadBalancerArn: string,
): Promise<Collected<Listener[]>> {
  const context = {
    service: "elbv2",
    operation: "DescribeListeners",
    region,
    resource: loadBalancerArn,
  } as const;
  return attempt(context, async () => {
    const found: SdkListener[] = [];
    const pages = distinctPages(
      paginateDescribeListeners(
        { client, stopOnSameToken: true },
        { LoadBalancerArn: loadBalancerArn },
      ),
      "elbv2",
      "DescribeListeners",
    );
    for await (const page of pages) found.push(...(page.Listeners ?? []));

    return mapConcurrently(found, (listener) => readListener(client, region, listener));
  });
}

async function readListener(
  client: Client,
  region: string,
  listener: SdkListener,
): Promise<Listener> {
  const arn = listener.ListenerArn ?? "";
  const result: Listener = {
    arn,
    defaultActions: (listener.DefaultActions ?? []).map(toListenerAction),
    rules: await readRules(client, region, arn),
  };
  if (listener.Port !== undefined) result.port = listener.Port;
  if (listener.Protocol !== undefined) result.protocol = listener.Protocol;
  if (listener.SslPolicy !== undefined) result.sslPolicy = listener.SslPolicy;
  return result;
}

/** Reads the rules of a listener other than its default rule, whose actions are the listener's. */
function readRules(
  client: Client,
  region: string,
  listenerArn: string,
): Promise<Collected<ListenerRule[]>> {
  const context = {
    service: "elbv2",
    operation: "DescribeRules",
    region,
    resource: listenerArn,
  } as const;
  return attempt(context, async () => {
    const rules: ListenerRule[] = [];
    const pages = distinctPages(
      paginateDescribeRules({ client, stopOnSameToken: true }, { ListenerArn: listenerArn }),
      "elbv2",
      "DescribeRules",
    );
    for await (const page of pages) {
      for (const rule of page.Rules ?? []) {
        if (rule.IsDefault !== true) rules.push(toListenerRule(rule));
      }
    }
    return rules;
  });
}

/** Lists every target group of the region; `loadBalancerArns` links them to load balancers. */
async function listTargetGroups(client: Client): Promise<TargetGroup[]> {
  const targetGroups: TargetGroup[] = [];
  const pages = distinctPages(
    paginateDescribeTargetGroups({ client, stopOnSameToken: true }, {}),
    "elbv2",
    "DescribeTargetGroups",
  );
  for await (const page of pages) {
    targetGroups.push(...(page.TargetGroups ?? []).map(toTargetGroup));
  }
  return targetGroups;
}

function toTargetGroup(targetGroup: SdkTargetGroup): TargetGroup {
  const result: TargetGroup = {
    arn: targetGroup.TargetGroupArn ?? "",
    name: targetGroup.TargetGroupName ?? "",
    targetType: targetGroup.TargetType ?? "",
    // A target group used by two listeners of one load balancer may list that ARN twice.
    loadBalancerArns: [...new Set(targetGroup.LoadBalancerArns ?? [])],
  };
  if (targetGroup.Protocol !== undefined) result.protocol = targetGroup.Protocol;
  if (targetGroup.Port !== undefined) result.port = targetGroup.Port;
  if (targetGroup.HealthCheckProtocol !== undefined) {
    result.healthCheckProtocol = targetGroup.HealthCheckProtocol;
  }
  return result;
}

/**
 * Lists every SSL policy with the TLS protocols it allows. The SDK has no paginator for
 * DescribeSSLPolicies, so this loop follows NextMarker itself.
 */
async function listSslPolicies(client: Client): Promise<Record<string, string[]>> {
  const policies: Record<string, string[]> = {};
  let marker: string | undefined;
  do {
    const page = await client.send(new DescribeSSLPoliciesCommand({ Marker: marker }));
    for (const policy of page.SslPolicies ?? []) {
      if (policy.Name !== undefined) policies[policy.Name] = policy.SslProtocols ?? [];
    }

    const previous = marker;
    marker = page.NextMarker;
    if (marker === previous) break;
  } while (marker !== undefined && marker !== "");
  return policies;
}
