import type {
  Elbv2Region,
  Inventory,
  LoadBalancer,
  WafRegion,
  WebAcl,
} from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions, notCollected } from "../inputs.js";
import { elbv2Scope, LOAD_BALANCER_TYPE, loadBalancerRef } from "../elbv2/resources.js";
import { verdictFinding, type Verdict } from "./verdict.js";
import { findWebAcl, WEB_ACL_TYPE, webAclEvidence, webAclNotListed } from "./web-acls.js";

/** Judges the web ACL of one load balancer; `subject` names both for the reason. */
export type JudgeWebAcl = (acl: WebAcl, waf: WafRegion, subject: string) => Verdict;

/**
 * Evaluates the web ACL of every internet-facing application load balancer, region by region.
 * Internal load balancers are not applicable, a load balancer without a web ACL fails with
 * `noWebAclFix` as the fix, and a web ACL or association that could not be read is an error.
 */
export function evaluateAlbWebAcls(
  check: Check,
  inventory: Inventory,
  judge: JudgeWebAcl,
  noWebAclFix: string,
): Finding[] {
  return evaluateRegions(
    check,
    inventory,
    "elbv2",
    inventory.parts.elbv2,
    (region) => elbv2Scope(region, inventory.accountId, LOAD_BALANCER_TYPE),
    (region, elbv2) => {
      const context = { check, inventory, region, judge, noWebAclFix };
      return evaluateRegion(context, elbv2);
    },
  );
}

interface RegionContext {
  check: Check;
  inventory: Inventory;
  region: string;
  judge: JudgeWebAcl;
  noWebAclFix: string;
}

function evaluateRegion(context: RegionContext, elbv2: Elbv2Region): Finding[] {
  const { check, inventory, region } = context;
  const albs = elbv2.loadBalancers.filter((lb) => lb.type === "application");
  if (albs.length === 0) {
    const scope = elbv2Scope(region, inventory.accountId, LOAD_BALANCER_TYPE);
    return [notApplicable(check, scope, "application load balancers")];
  }

  const internal = albs.filter((lb) => lb.scheme !== "internet-facing");
  const findings = internal.map((lb) => internalLoadBalancer(check, lb, region));
  const internetFacing = albs.filter((lb) => lb.scheme === "internet-facing");
  if (internetFacing.length === 0) return findings;

  const wafScope = regionScope("wafv2", region, inventory.accountId, WEB_ACL_TYPE);
  const waf = inventory.parts.wafv2?.[region];
  if (waf === undefined) return [...findings, notCollected(check, wafScope, "wafv2")];
  if (!waf.ok) return [...findings, errorFinding(check, wafScope, waf.error)];

  return [...findings, ...internetFacing.map((lb) => evaluateLoadBalancer(context, lb, waf.value))];
}

function internalLoadBalancer(check: Check, loadBalancer: LoadBalancer, region: string): Finding {
  const reason =
    `Load balancer ${loadBalancer.name} has scheme internal, so it is reachable only from ` +
    `networks connected to its VPC, and ${check.id} judges internet-facing load balancers only.`;
  const resource = loadBalancerRef(loadBalancer, region);
  return finding(check, resource, "not_applicable", reason, { Scheme: loadBalancer.scheme });
}

function evaluateLoadBalancer(
  context: RegionContext,
  loadBalancer: LoadBalancer,
  waf: WafRegion,
): Finding {
  const { check, region } = context;
  const resource = loadBalancerRef(loadBalancer, region);
  const evidence: Record<string, unknown> = {
    LoadBalancer: loadBalancer.name,
    Scheme: loadBalancer.scheme,
  };

  const association = waf.webAclByLoadBalancer[loadBalancer.arn];
  if (association === undefined) return associationNotRead(check, resource, loadBalancer, evidence);
  if (!association.ok) return { ...errorFinding(check, resource, association.error), evidence };

  const arn = association.value;
  if (arn === null) {
    const reason =
      `Load balancer ${loadBalancer.name} is internet-facing but has no web ACL ` +
      `(GetWebACLForResource returned none), so AWS WAF inspects none of its requests. ` +
      context.noWebAclFix;
    return finding(check, resource, "fail", reason, { ...evidence, WebACLArn: null });
  }

  const acl = findWebAcl(waf, arn);
  if (acl === undefined) {
    const verdict = webAclNotListed(`Load balancer ${loadBalancer.name}`, arn, "REGIONAL", region);
    return verdictFinding(check, resource, verdict, evidence);
  }
  if (!acl.ok) {
    return {
      ...errorFinding(check, resource, acl.error),
      evidence: { ...evidence, WebACLArn: arn },
    };
  }

  const named = `Web ACL ${acl.value.name} of load balancer ${loadBalancer.name}`;
  const verdict = context.judge(acl.value, waf, named);
  return verdictFinding(check, resource, verdict, { ...evidence, ...webAclEvidence(acl.value) });
}

function associationNotRead(
  check: Check,
  resource: ResourceRef,
  loadBalancer: LoadBalancer,
  evidence: Record<string, unknown>,
): Finding {
  const reason =
    `The wafv2 inventory holds no GetWebACLForResource result for load balancer ` +
    `${loadBalancer.name}, so whether a web ACL protects it is unknown. Run the audit again ` +
    `with the elbv2 and wafv2 parts collected together.`;
  return finding(check, resource, "error", reason, evidence);
}
