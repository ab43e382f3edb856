import type { Collected } from "../../collect/collected.js";
import type { WafScope, WebAcl } from "../../collect/inventory.js";
import type { Verdict } from "./verdict.js";

export const WEB_ACL_TYPE = "AWS::WAFv2::WebACL";

/**
 * Returns the web ACL with ARN `arn`: read, failed (a GetWebACL error that names the ARN), or
 * undefined when ListWebACLs did not return it.
 */
export function findWebAcl(scope: WafScope, arn: string): Collected<WebAcl> | undefined {
  return scope.webAcls.find((entry) =>
    entry.ok ? entry.value.arn === arn : entry.error.resource === arn,
  );
}

/** Describes a web ACL for evidence. */
export function webAclEvidence(acl: WebAcl): Record<string, unknown> {
  return {
    WebACL: acl.name,
    WebACLArn: acl.arn,
    ManagedByFirewallManager: acl.managedByFirewallManager,
  };
}

/** Builds the `error` verdict for a web ACL ARN that ListWebACLs did not return in `scope`. */
export function webAclNotListed(
  subject: string,
  arn: string,
  scope: "REGIONAL" | "CLOUDFRONT",
  region: string,
): Verdict {
  const reason =
    `${subject} uses web ACL ${arn}, but ListWebACLs with scope ${scope} in ${region} did not ` +
    `return it, so its rules are unknown. Check the web ACL with aws wafv2 list-web-acls ` +
    `--scope ${scope} --region ${region}, then run the audit again.`;
  return { status: "error", reason, evidence: { WebACLArn: arn } };
}
