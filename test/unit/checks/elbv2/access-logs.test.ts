import { describe, expect, it } from "vitest";
import { accessLogs } from "../../../../src/checks/elbv2/access-logs.js";
import type { LoadBalancer } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Inventory, loadBalancer } from "./fixtures.js";

function evaluate(...loadBalancers: LoadBalancer[]) {
  return accessLogs.evaluate(elbv2Inventory({ loadBalancers }));
}

describe("elbv2.access-logs", () => {
  it("fails when the key is missing", () => {
    const [finding] = evaluate(loadBalancer({ attributes: ok({}) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("access_logs.s3.enabled is absent");
  });

  it("fails when logging is false", () => {
    const [finding] = evaluate(
      loadBalancer({ attributes: ok({ "access_logs.s3.enabled": "false" }) }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain('access_logs.s3.enabled is "false"');
  });

  it("passes when logging is on", () => {
    const attributes = {
      "access_logs.s3.enabled": "true",
      "access_logs.s3.bucket": "example-logs",
    };
    const [finding] = evaluate(loadBalancer({ attributes: ok(attributes) }));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("to bucket example-logs");
    expect(finding?.evidence).toMatchObject(attributes);
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
    const [finding] = accessLogs.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });
});
