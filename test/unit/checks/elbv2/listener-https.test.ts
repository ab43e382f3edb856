import { describe, expect, it } from "vitest";
import { listenerHttps } from "../../../../src/checks/elbv2/listener-https.js";
import { denied, inventoryWith, REGION } from "../inventory-fixture.js";
import {
  elbv2Inventory,
  findingFor,
  fixedResponse,
  forward,
  httpsListener,
  listener,
  loadBalancer,
  redirect,
  rule,
} from "./fixtures.js";

function evaluateListeners(...listeners: ReturnType<typeof listener>[]) {
  const inventory = elbv2Inventory({
    loadBalancers: [loadBalancer({ listeners: { ok: true, value: listeners } })],
  });
  return listenerHttps.evaluate(inventory);
}

describe("elbv2.listener-https", () => {
  it("fails an HTTP listener that forwards", () => {
    const [finding] = evaluateListeners(listener());

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("HTTP:80 of load balancer example-alb");
    expect(finding?.reason).toContain("forward to target group tg-app");
  });

  it("fails a redirect that keeps the protocol", () => {
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("#{protocol}")] }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("redirect to protocol #{protocol}");
  });

  it("fails a redirect without a protocol", () => {
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect()] }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("redirect to protocol #{protocol}");
  });

  it("fails a redirect to HTTP", () => {
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("HTTP")] }));

    expect(finding?.status).toBe("fail");
  });

  it("fails a forwarding rule behind a redirect", () => {
    const rules = { ok: true as const, value: [rule("10", [forward("tg-api")])] };
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("HTTPS")], rules }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("rule 10 has a forward to target group tg-api");
  });

  it("fails an authenticate action on HTTP", () => {
    const authenticate = { type: "authenticate-oidc", order: 1, targetGroupArns: [] };
    const [finding] = evaluateListeners(
      listener({ defaultActions: [authenticate, forward("tg-app")] }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("authenticate-oidc");
  });

  it("passes an HTTPS listener", () => {
    const [finding] = evaluateListeners(httpsListener());

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toMatchObject({ Port: 443, Protocol: "HTTPS" });
  });

  it("passes HTTP fixed responses and HTTPS redirects", () => {
    const rules = { ok: true as const, value: [rule("5", [fixedResponse()])] };
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("https")], rules }));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("only redirects to HTTPS or returns fixed responses");
  });

  it("passes an HTTP redirect beside an HTTPS listener", () => {
    // An HTTP:80 listener whose only action is a 301 to HTTPS, and an HTTPS:443 listener that forwards.
    const findings = evaluateListeners(
      listener({ defaultActions: [redirect("HTTPS")] }),
      httpsListener({ defaultActions: [forward("tg-app")] }),
    );

    expect(findingFor(findings, "example-alb HTTP:80").status).toBe("pass");
    expect(findingFor(findings, "example-alb HTTPS:443").status).toBe("pass");
  });

  it("records port, protocol and actions as evidence", () => {
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("HTTPS")] }));

    expect(finding?.evidence).toMatchObject({
      Port: 80,
      Protocol: "HTTP",
      DefaultActions: [{ Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443" } }],
      Rules: [],
    });
  });

  it("skips network load balancers", () => {
    const nlb = loadBalancer({
      name: "example-nlb",
      type: "network",
      listeners: { ok: true, value: [listener({ protocol: "TCP" })] },
    });
    const [finding] = listenerHttps.evaluate(elbv2Inventory({ loadBalancers: [nlb] }));

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No application load balancers found in ${REGION}`);
  });

  it("is not applicable to an ALB without listeners", () => {
    const [finding] = evaluateListeners();

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("has no listeners");
  });

  it("errors when the rules could not be read", () => {
    const rules = denied("elasticloadbalancing:DescribeRules");
    const [finding] = evaluateListeners(listener({ defaultActions: [redirect("HTTPS")], rules }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeRules");
    expect(finding?.evidence).toMatchObject({ Protocol: "HTTP" });
  });

  it("fails a forwarding default action with unread rules", () => {
    const [finding] = evaluateListeners(
      listener({ rules: denied("elasticloadbalancing:DescribeRules") }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("other rules could not be read");
  });

  it("errors when the listeners could not be read", () => {
    const alb = loadBalancer({ listeners: denied("elasticloadbalancing:DescribeListeners") });
    const [finding] = listenerHttps.evaluate(elbv2Inventory({ loadBalancers: [alb] }));

    expect(finding?.status).toBe("error");
    expect(finding?.resource.name).toBe("example-alb");
    expect(finding?.reason).toContain("Grant elasticloadbalancing:DescribeListeners");
  });

  it("errors when the region failed", () => {
    const inventory = inventoryWith({
      elbv2: { [REGION]: denied("elasticloadbalancing:DescribeLoadBalancers") },
    });
    const [finding] = listenerHttps.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeLoadBalancers");
  });

  it("errors when the part was not collected", () => {
    const [finding] = listenerHttps.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no elbv2 data");
  });

  it("errors on a listener without a protocol", () => {
    const [finding] = evaluateListeners(listener({ protocol: undefined }));

    expect(finding?.status).toBe("error");
  });
});
