import { GLOBAL_REGION } from "../../aws/regions.js";
import type { CloudFrontDistribution, WafScope } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { distributionRef, distributionsScope } from "../cloudfront/resources.js";
import { errorFinding, finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import { judgeRateLimit } from "./rate-limit.js";
import { verdictFinding } from "./verdict.js";
import { findWebAcl, webAclEvidence, webAclNotListed } from "./web-acls.js";

/**
 * Every enabled CloudFront distribution has a WAFv2 web ACL with a rate-based rule whose action
 * is Block, Challenge or CAPTCHA.
 */
export const cloudfrontRateLimit: Check = {
  id: "wafv2.cloudfront-rate-limit",
  title: "CloudFront distributions have a WAF rate-based rule that blocks",
  severity: "medium",
  references: { cwe: ["CWE-400"], asvs: ["V11.1.4"], securityHub: [] },
  inputs: ["cloudfront", "wafv2Cloudfront"],
  remediation:
    "Associate a web ACL of scope CLOUDFRONT with the distribution and give it a rate-based rule " +
    "with action Block, aggregated per client IP (aws wafv2 update-web-acl --scope CLOUDFRONT " +
    "--region us-east-1, then aws cloudfront update-distribution with WebACLId).",

  evaluate(inventory) {
    const scope = distributionsScope(inventory.accountId);
    const distributions = readGlobalPart(
      cloudfrontRateLimit,
      "cloudfront",
      inventory.parts.cloudfront,
      scope,
    );
    if (!distributions.ok) return [distributions.finding];

    if (distributions.value.length === 0) {
      const reason = "The account has no CloudFront distributions.";
      return [finding(cloudfrontRateLimit, scope, "not_applicable", reason)];
    }
    return distributions.value.map((distribution) =>
      evaluateDistribution(distribution, (resource) =>
        readGlobalPart(
          cloudfrontRateLimit,
          "wafv2Cloudfront",
          inventory.parts.wafv2Cloudfront,
          resource,
        ),
      ),
    );
  },
};

type ReadWaf = (resource: ResourceRef) => ReturnType<typeof readGlobalPart<WafScope>>;

function evaluateDistribution(distribution: CloudFrontDistribution, readWaf: ReadWaf): Finding {
  const resource = distributionRef(distribution);
  const name = `Distribution ${distribution.id}`;
  const evidence: Record<string, unknown> = {
    Distribution: distribution.id,
    Enabled: distribution.enabled,
  };

  if (!distribution.enabled) {
    const reason = `${name} is disabled, so it serves no requests and needs no rate limit.`;
    return finding(cloudfrontRateLimit, resource, "not_applicable", reason, evidence);
  }
  if (!distribution.config.ok) {
    return { ...errorFinding(cloudfrontRateLimit, resource, distribution.config.error), evidence };
  }

  const webAclId = distribution.config.value.webAclId ?? "";
  evidence.WebACLId = webAclId === "" ? null : webAclId;
  if (webAclId === "") {
    const reason =
      `${name} has no web ACL (its WebACLId is empty), so AWS WAF inspects none of its requests ` +
      `and nothing limits request rates. Associate a web ACL of scope CLOUDFRONT with a ` +
      `rate-based rule whose action is Block.`;
    return finding(cloudfrontRateLimit, resource, "fail", reason, evidence);
  }
  if (!webAclId.startsWith("arn:")) {
    const reason =
      `${name} uses WebACLId ${webAclId}, which is an AWS WAF Classic web ACL id rather than a ` +
      `WAFv2 ARN. This check reads WAFv2 only, so the rate limit is not verified. Migrate the ` +
      `web ACL to WAFv2, or inspect it with aws waf get-web-acl --web-acl-id ${webAclId}.`;
    return finding(cloudfrontRateLimit, resource, "error", reason, evidence);
  }

  const waf = readWaf(resource);
  if (!waf.ok) return { ...waf.finding, evidence };

  const acl = findWebAcl(waf.value, webAclId);
  if (acl === undefined) {
    const verdict = webAclNotListed(name, webAclId, "CLOUDFRONT", GLOBAL_REGION);
    return verdictFinding(cloudfrontRateLimit, resource, verdict, evidence);
  }
  if (!acl.ok) return { ...errorFinding(cloudfrontRateLimit, resource, acl.error), evidence };

  const subject = `Web ACL ${acl.value.name} of distribution ${distribution.id}`;
  const verdict = judgeRateLimit(acl.value, waf.value.ruleGroups, subject);
  return verdictFinding(cloudfrontRateLimit, resource, verdict, {
    ...evidence,
    ...webAclEvidence(acl.value),
  });
}
