import type { Inventory, LoadBalancer } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, notApplicable } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { elbv2Scope, LOAD_BALANCER_TYPE, loadBalancerRef } from "./resources.js";

/**
 * Judges each application load balancer's attributes with `judge`, region by region. A region
 * whose listing failed, or a load balancer whose attributes could not be read, gets an `error`
 * finding; a region without application load balancers gets one `not_applicable` finding.
 */
export function evaluateAlbAttributes(
  check: Check,
  inventory: Inventory,
  judge: (
    loadBalancer: LoadBalancer,
    attributes: Record<string, string>,
    region: string,
  ) => Finding,
): Finding[] {
  const scopeOf = (region: string) => elbv2Scope(region, inventory.accountId, LOAD_BALANCER_TYPE);

  return evaluateRegions(
    check,
    inventory,
    "elbv2",
    inventory.parts.elbv2,
    scopeOf,
    (region, data) => {
      const albs = data.loadBalancers.filter((lb) => lb.type === "application");
      if (albs.length === 0)
        return [notApplicable(check, scopeOf(region), "application load balancers")];

      return albs.map((lb) =>
        lb.attributes.ok
          ? judge(lb, lb.attributes.value, region)
          : errorFinding(check, loadBalancerRef(lb, region), lb.attributes.error),
      );
    },
  );
}
