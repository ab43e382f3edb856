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

/**
 * AWS managed rule groups against common exploits, each with its rule name: the core rule set,
 * known bad inputs and SQL injection.
 */
const MANAGED_RULE_GROUPS = [
  { rule: "aws-common-rules", group: "AWSManagedRulesCommonRuleSet" },
  { rule: "aws-known-bad-inputs", group: "AWSManagedRulesKnownBadInputsRuleSet" },
  { rule: "aws-sqli-rules", group: "AWSManagedRulesSQLiRuleSet" },
] as const;

export interface SeededWebAcl {
  name: string;
  arn: string;
}

/**
 * Creates the secure variant's web ACL for the distribution (scope CLOUDFRONT, always in
 * us-east-1). Like the load balancer's web ACL, it runs the AWS managed rule groups in blocking
 * mode and a per-IP rate limit.
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

/**
 * Lists the managed rule groups with override action None, so each group's own Block actions
 * apply, followed by the rate limit.
 */
function webshopRules(): Rule[] {
  const managedRules: Rule[] = MANAGED_RULE_GROUPS.map(({ rule, group }, priority) => ({
    Name: rule,
    Priority: priority,
    Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: group } },
    OverrideAction: { None: {} },
    VisibilityConfig: visibility(rule),
  }));

  return [
    ...managedRules,
    {
      Name: "rate-limit-per-ip",
      Priority: managedRules.length,
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
