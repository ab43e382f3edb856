import { describe, expect, it } from "vitest";
import { dropInvalidHeaderFields } from "../../../../src/checks/elbv2/drop-invalid-header-fields.js";
import type { LoadBalancer } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Inventory, loadBalancer } from "./fixtures.js";

const ATTRIBUTE = "routing.http.drop_invalid_header_fields.enabled";

function evaluate(...loadBalancers: LoadBalancer[]) {
  return dropInvalidHeaderFields.evaluate(elbv2Inventory({ loadBalancers }));
}

describe("elbv2.drop-invalid-header-fields", () => {
  it("fails when the key is missing", () => {
    const [finding] = evaluate(loadBalancer({ attributes: ok({}) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("absent (false by default)");
    expect(finding?.evidence).toEqual({ [ATTRIBUTE]: null });
  });

  it("fails when the attribute is false", () => {
    const [finding] = evaluate(loadBalancer({ attributes: ok({ [ATTRIBUTE]: "false" }) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(`${ATTRIBUTE} is "false"`);
  });

  it("passes when the attribute is true", () => {
    const [finding] = evaluate(loadBalancer({ attributes: ok({ [ATTRIBUTE]: "true" }) }));

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toEqual({ [ATTRIBUTE]: "true" });
  });

  it("judges internal ALBs too", () => {
    const [finding] = evaluate(loadBalancer({ scheme: "internal" }));

    expect(finding?.status).toBe("fail");
  });

  it("is not applicable without application load balancers", () => {
    const [finding] = evaluate(loadBalancer({ name: "example-nlb", type: "network" }));

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No application load balancers found in ${REGION}`);
  });

  it("errors when the attributes could not be read", () => {
    const attributes = denied("elasticloadbalancing:DescribeLoadBalancerAttributes");
    const [finding] = evaluate(loadBalancer({ attributes }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeLoadBalancerAttributes");
  });

  it("errors when the region failed", () => {
    const inventory = inventoryWith({
      elbv2: { [REGION]: denied("elasticloadbalancing:DescribeLoadBalancers") },
    });
    const [finding] = dropInvalidHeaderFields.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });
});
