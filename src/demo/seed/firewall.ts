import {
  AssociateWebACLCommand,
  CreateWebACLCommand,
  type Rule,
  type Scope,
  type VisibilityConfig,
  type WAFV2Client,
} from "@aws-sdk/client-wafv2";
import { required, type SeedContext } from "./context.js";

/** Requests per IP address in a five-minute window before the rate rule blocks. */
const REQUESTS_PER_IP_LIMIT = 2_000;
const RATE_WINDOW_SECONDS = 300;

export interface SeededWebAcl {
  name: string;
  arn: string;
}

/**
 * Creates the secure variant's web ACL for the distribution (scope CLOUDFRONT, always in
 * us-east-1). It carries AWS's common managed rule group and a per-IP rate limit.
 */
export async function seedDistributionWebAcl(context: SeedContext): Promise<SeededWebAcl> {
  return createWebAcl(context.clients.wafv2Global, "CLOUDFRONT", context.names.distributionWebAcl);
}

/** Creates the secure variant's regional web ACL and associates it with the load balancer. */
export async function seedLoadBalancerWebAcl(
  context: SeedContext,
  loadBalancerArn: string,
): Promise<SeededWebAcl> {
  const { wafv2 } = context.clients;
  const webAcl = await createWebAcl(wafv2, "REGIONAL", context.names.loadBalancerWebAcl);

  await wafv2.send(
    new AssociateWebACLCommand({ WebACLArn: webAcl.arn, ResourceArn: loadBalancerArn }),
  );

  return webAcl;
}

async function createWebAcl(
  client: WAFV2Client,
  scope: Scope,
  name: string,
): Promise<SeededWebAcl> {
  const created = await client.send(
    new CreateWebACLCommand({
      Name: name,
      Scope: scope,
      DefaultAction: { Allow: {} },
      Rules: webshopRules(),
      VisibilityConfig: visibility(name),
    }),
  );
  return { name, arn: required(created.Summary?.ARN, `ARN of web ACL ${name}`) };
}

function webshopRules(): Rule[] {
  return [
    {
      Name: "aws-common-rules",
      Priority: 0,
      Statement: {
        ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" },
      },
      OverrideAction: { None: {} },
      VisibilityConfig: visibility("aws-common-rules"),
    },
    {
      Name: "rate-limit-per-ip",
      Priority: 1,
      Statement: {
        RateBasedStatement: {
          Limit: REQUESTS_PER_IP_LIMIT,
          AggregateKeyType: "IP",
          EvaluationWindowSec: RATE_WINDOW_SECONDS,
        },
      },
      Action: { Block: {} },
      VisibilityConfig: visibility("rate-limit-per-ip"),
    },
  ];
}

function visibility(metricName: string): VisibilityConfig {
  return { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: metricName };
}
