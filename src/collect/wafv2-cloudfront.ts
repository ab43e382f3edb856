import { actionsFor } from "../aws/read-operations.js";
import { GLOBAL_REGION } from "../aws/regions.js";
import type { Collector } from "./collector.js";
import { readWafScope } from "./wafv2.js";

/**
 * Reads the web ACLs of scope CLOUDFRONT with the rule groups they reference. WAF keeps
 * CloudFront web ACLs in us-east-1 whatever the audited regions are. Which distribution uses
 * which web ACL comes from the distribution's WebACLId (cloudfront part), because AWS does not
 * support GetWebACLForResource for distributions.
 */
export const wafv2CloudfrontCollector: Collector<"wafv2Cloudfront"> = {
  part: "wafv2Cloudfront",
  service: "wafv2",
  scope: "global",
  label: "WAFv2 CloudFront",
  actions: actionsFor("wafv2", ["ListWebACLs", "GetWebACL", "GetRuleGroup"]),

  collect(context) {
    const client = context.clients.get("wafv2", GLOBAL_REGION);
    return readWafScope(client, "CLOUDFRONT", GLOBAL_REGION);
  },

  countResources: (value) => value.webAcls.length,
};
