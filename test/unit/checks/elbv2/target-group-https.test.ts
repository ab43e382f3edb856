import { describe, expect, it } from "vitest";
import { targetGroupHttps } from "../../../../src/checks/elbv2/target-group-https.js";
import type { TargetGroup } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Inventory, loadBalancer, loadBalancerArn, targetGroup } from "./fixtures.js";

const alb = loadBalancer();
const nlb = loadBalancer({ name: "example-nlb", type: "network" });

function evaluate(...groups: TargetGroup[]) {
  return targetGroupHttps.evaluate(
    elbv2Inventory({ loadBalancers: [alb, nlb], targetGroups: ok(groups) }),
  );
}

describe("elbv2.target-group-https", () => {
  it("fails an HTTP target group", () => {
    const [finding] = evaluate(targetGroup({ protocol: "HTTP", port: 80 }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("from load balancer example-alb over HTTP on port 80");
  });

  it("passes an HTTPS target group", () => {
    const [finding] = evaluate(targetGroup());

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toMatchObject({
      Protocol: "HTTPS",
      Port: 8443,
      TargetType: "instance",
    });
  });

  it("is not applicable to Lambda targets without a protocol", () => {
    const lambda = targetGroup({
      name: "tg-fn",
      targetType: "lambda",
      protocol: undefined,
      port: undefined,
    });
    const [finding] = evaluate(lambda);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("Lambda API");
  });

  it("is not applicable to an NLB passing TCP to an ALB", () => {
    const albTarget = targetGroup({
      name: "tg-alb",
      targetType: "alb",
      protocol: "TCP",
      port: 443,
      loadBalancerArns: [loadBalancerArn("example-nlb", "net")],
    });
    const [finding] = evaluate(albTarget);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(
      "from load balancer example-nlb through to an application load balancer",
    );
  });

  it("is not applicable to GENEVE", () => {
    const [finding] = evaluate(targetGroup({ protocol: "GENEVE", port: 6081 }));

    expect(finding?.status).toBe("not_applicable");
  });

  it("skips target groups of network load balancers", () => {
    const tcp = targetGroup({ protocol: "TCP", loadBalancerArns: [nlb.arn] });
    const [finding] = evaluate(tcp);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(
      `No target groups of application load balancers found in ${REGION}`,
    );
  });

  it("errors on a missing protocol of instance targets", () => {
    const [finding] = evaluate(targetGroup({ protocol: undefined }));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("without a protocol");
  });

  it("errors when the target groups could not be read", () => {
    const inventory = elbv2Inventory({
      loadBalancers: [alb],
      targetGroups: denied("elasticloadbalancing:DescribeTargetGroups"),
    });
    const [finding] = targetGroupHttps.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeTargetGroups");
  });

  it("errors when the part was not collected", () => {
    const [finding] = targetGroupHttps.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
  });
});
