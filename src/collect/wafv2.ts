import {
  GetRuleGroupCommand,
  GetWebACLCommand,
  GetWebACLForResourceCommand,
  ListWebACLsCommand,
  type Scope,
  type WebACLSummary,
} from "@aws-sdk/client-wafv2";
import type { AuditClient } from "../aws/clients.js";
import { actionsFor } from "../aws/read-operations.js";
import type { Collected } from "./collected.js";
import { attempt, mapConcurrently, type CollectContext, type Collector } from "./collector.js";
import type { WafRuleGroup, WafScope, WebAcl } from "./inventory.js";
import { referencedRuleGroupArns, toWafRuleGroup, toWebAcl } from "./waf-rules.js";

type Client = AuditClient<"wafv2">;

/** ListWebACLs accepts 1 to 100 web ACLs per page. */
const LIST_WEB_ACLS_PAGE_SIZE = 100;

/** WAFv2's error code for a resource or web ACL that does not exist. */
const NONEXISTENT_ITEM = "WAFNonexistentItemException";

/**
 * Reads the region's web ACLs of scope REGIONAL with the rule groups they reference, and the web
 * ACL associated with each application load balancer of the elbv2 part.
 *
 * When the elbv2 part failed for the region, the load balancers are unknown and
 * `webAclByLoadBalancer` stays empty. Checks must then report the elbv2 failure, not "no WAF".
 */
export const wafv2Collector: Collector<"wafv2"> = {
  part: "wafv2",
  service: "wafv2",
  needs: ["elbv2"],
  scope: "regional",
  label: "WAFv2",
  actions: actionsFor("wafv2", [
    "ListWebACLs",
    "GetWebACL",
    "GetRuleGroup",
    "GetWebACLForResource",
  ]),

  async collect(context, region) {
    const client = context.clients.get("wafv2", region);

    const [scope, webAclByLoadBalancer] = await Promise.all([
      readWafScope(client, "REGIONAL", region),
      readAssociations(context, client, region),
    ]);
    return { ...scope, webAclByLoadBalancer };
  },

  countResources: (value) => value.webAcls.length,
};

/**
 * Reads every web ACL of one scope, then each rule group referenced anywhere in their rules
 * (Firewall Manager rule groups included) once. A failed GetWebACL or GetRuleGroup is kept as a
 * failed entry that names the ARN. A ListWebACLs failure propagates.
 */
export async function readWafScope(
  client: Client,
  scope: Scope,
  region: string,
): Promise<WafScope> {
  const summaries = await listWebAcls(client, scope);
  const webAcls = await mapConcurrently(summaries, (summary) =>
    readWebAcl(client, scope, region, summary),
  );

  const arns = new Set<string>();
  for (const acl of webAcls) {
    if (!acl.ok) continue;
    const { rules, preProcessFirewallManagerRuleGroups, postProcessFirewallManagerRuleGroups } =
      acl.value;
    const all = [
      ...preProcessFirewallManagerRuleGroups,
      ...rules,
      ...postProcessFirewallManagerRuleGroups,
    ];
    referencedRuleGroupArns(all).forEach((arn) => arns.add(arn));
  }

  const ruleGroups = await mapConcurrently([...arns], async (arn) => {
    return [arn, await readRuleGroup(client, scope, region, arn)] as const;
  });
  return { webAcls, ruleGroups: Object.fromEntries(ruleGroups) };
}

/**
 * Follows NextMarker until a page has no marker. NOTE: users of the AWS API report a NextMarker
 * on the last page too, so an empty page or a repeated marker also ends the listing.
 */
async function listWebAcls(client: Client, scope: Scope): Promise<WebACLSummary[]> {
  const summaries: WebACLSummary[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await client.send(
      new ListWebACLsCommand({ Scope: scope, Limit: LIST_WEB_ACLS_PAGE_SIZE, NextMarker: marker }),
    );
    const found = page.WebACLs ?? [];
    summaries.push(...found);

    const next = page.NextMarker;
    if (next === undefined || next === "" || next === marker || found.length === 0) break;
    marker = next;
  }
  return summaries;
}

function readWebAcl(
  client: Client,
  scope: Scope,
  region: string,
  summary: WebACLSummary,
): Promise<Collected<WebAcl>> {
  const resource = summary.ARN ?? summary.Name ?? "";
  return attempt({ service: "wafv2", operation: "GetWebACL", region, resource }, async () => {
    const response = await client.send(
      new GetWebACLCommand({ Name: summary.Name, Scope: scope, Id: summary.Id }),
    );
    if (response.WebACL === undefined) {
      throw new Error(`GetWebACL returned no web ACL for ${resource}.`);
    }
    return toWebAcl(response.WebACL);
  });
}

/**
 * Reads a rule group by ARN, which also reaches groups another account shares (Firewall Manager).
 * The scope goes along because moto 5.2.1 finds a CLOUDFRONT rule group only when Scope is sent.
 */
function readRuleGroup(
  client: Client,
  scope: Scope,
  region: string,
  arn: string,
): Promise<Collected<WafRuleGroup>> {
  return attempt(
    { service: "wafv2", operation: "GetRuleGroup", region, resource: arn },
    async () => {
      const response = await client.send(new GetRuleGroupCommand({ ARN: arn, Scope: scope }));
      if (response.RuleGroup === undefined) {
        throw new Error(`GetRuleGroup returned no rule group for ${arn}.`);
      }
      return toWafRuleGroup(response.RuleGroup);
    },
  );
}

/**
 * Reads the web ACL of each application load balancer. A denied call stays a failed entry for
 * that load balancer, so a check reports it as unknown instead of "no web ACL".
 */
async function readAssociations(
  context: CollectContext,
  client: Client,
  region: string,
): Promise<Record<string, Collected<string | null>>> {
  const elbv2 = context.parts.elbv2?.[region];
  if (elbv2 === undefined || !elbv2.ok) return {};

  const arns = elbv2.value.loadBalancers
    .filter((loadBalancer) => loadBalancer.type === "application")
    .map((loadBalancer) => loadBalancer.arn);
  const associations = await mapConcurrently(arns, async (arn) => {
    const association = await attempt(
      { service: "wafv2", operation: "GetWebACLForResource", region, resource: arn },
      async () => {
        try {
          const response = await client.send(new GetWebACLForResourceCommand({ ResourceArn: arn }));
          // WAF returns a null WebACL when nothing is associated, and an absent one means the same.
          return response.WebACL?.ARN ?? null;
        } catch (error) {
          if ((error as { name?: string }).name === NONEXISTENT_ITEM) return null;
          throw error;
        }
      },
    );
    return [arn, association] as const;
  });
  return Object.fromEntries(associations);
}
