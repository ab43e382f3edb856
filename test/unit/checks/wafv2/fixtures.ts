import type {
  LoadBalancer,
  WafRegion,
  WafRule,
  WafRuleGroup,
  WafScope,
  WebAcl,
} from "../../../../src/collect/inventory.js";
import type { Collected } from "../../../../src/collect/collected.js";
import { elbv2Region, loadBalancer } from "../elbv2/fixtures.js";
import { ACCOUNT_ID, inventoryWith, ok, REGION } from "../inventory-fixture.js";

export function webAclArn(name: string, scope = "regional", region = REGION): string {
  return `arn:aws:wafv2:${region}:${ACCOUNT_ID}:${scope}/webacl/${name}/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`;
}

export function ruleGroupArn(name: string, scope = "regional", region = REGION): string {
  return `arn:aws:wafv2:${region}:${ACCOUNT_ID}:${scope}/rulegroup/${name}/a1b2c3d4-5678-90ab-cdef-EXAMPLE22222`;
}

/** Builds a rule that runs the AWS managed group `name`, by default with override action None. */
export function managedGroupRule(
  name: string,
  overrideAction = "none",
  statement: Record<string, unknown> = {},
): WafRule {
  return {
    name: `aws-${name}`,
    priority: 1,
    overrideAction,
    statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: name, ...statement } },
  };
}

/** Builds a rate-based rule limiting each client IP to 2,000 requests in five minutes. */
export function rateRule(
  action = "block",
  statement: Record<string, unknown> = {},
  name = "rate-limit",
): WafRule {
  return {
    name,
    priority: 2,
    action,
    statement: {
      RateBasedStatement: {
        Limit: 2000,
        AggregateKeyType: "IP",
        EvaluationWindowSec: 300,
        ...statement,
      },
    },
  };
}

/** Builds a rule that references the customer rule group at `arn`. */
export function ruleGroupReference(
  arn: string,
  overrideAction = "none",
  statement: Record<string, unknown> = {},
): WafRule {
  return {
    name: "use-shared-rules",
    priority: 3,
    overrideAction,
    statement: { RuleGroupReferenceStatement: { ARN: arn, ...statement } },
  };
}

export function ruleGroup(name: string, rules: WafRule[]): WafRuleGroup {
  return { arn: ruleGroupArn(name), name, rules };
}

/** Builds the web ACL `example-acl` with no rules. */
export function webAcl(overrides: Partial<WebAcl> = {}): WebAcl {
  const name = overrides.name ?? "example-acl";
  return {
    arn: webAclArn(name),
    name,
    id: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    defaultAction: "allow",
    managedByFirewallManager: false,
    rules: [],
    preProcessFirewallManagerRuleGroups: [],
    postProcessFirewallManagerRuleGroups: [],
    ...overrides,
  };
}

export function wafScope(acls: WebAcl[], ruleGroups: WafRuleGroup[] = []): WafScope {
  return {
    webAcls: acls.map((acl) => ok(acl)),
    ruleGroups: Object.fromEntries(ruleGroups.map((group) => [group.arn, ok(group)])),
  };
}

interface AlbWafOptions {
  acl?: WebAcl;
  ruleGroups?: WafRuleGroup[];
  /** The association of `example-alb`; by default the web ACL's ARN. */
  association?: Collected<string | null>;
  loadBalancers?: LoadBalancer[];
  waf?: Partial<WafRegion>;
}

/** Builds an inventory with the internet-facing ALB `example-alb` and the web ACL associated with it. */
export function albWafInventory(options: AlbWafOptions = {}) {
  const acl = options.acl ?? webAcl();
  const loadBalancers = options.loadBalancers ?? [loadBalancer()];
  const association = options.association ?? ok(acl.arn);
  const waf: WafRegion = {
    ...wafScope([acl], options.ruleGroups),
    webAclByLoadBalancer: Object.fromEntries(loadBalancers.map((lb) => [lb.arn, association])),
    ...options.waf,
  };
  return inventoryWith({
    elbv2: { [REGION]: ok(elbv2Region({ loadBalancers })) },
    wafv2: { [REGION]: ok(waf) },
  });
}
