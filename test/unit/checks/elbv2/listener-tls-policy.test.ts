import { describe, expect, it } from "vitest";
import { listenerTlsPolicy } from "../../../../src/checks/elbv2/listener-tls-policy.js";
import type { Listener, LoadBalancer } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { elbv2Inventory, httpsListener, listener, loadBalancer } from "./fixtures.js";

function albWith(...listeners: Listener[]): LoadBalancer {
  return loadBalancer({ listeners: ok(listeners) });
}

function evaluate(...loadBalancers: LoadBalancer[]) {
  return listenerTlsPolicy.evaluate(elbv2Inventory({ loadBalancers }));
}

describe("elbv2.listener-tls-policy", () => {
  it("fails a policy that allows TLS 1.0", () => {
    const [finding] = evaluate(albWith(httpsListener({ sslPolicy: "ELBSecurityPolicy-2016-08" })));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("allows TLSv1, TLSv1.1");
    expect(finding?.evidence).toMatchObject({ SslProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"] });
  });

  it("passes a TLS 1.2 and 1.3 policy", () => {
    const [finding] = evaluate(albWith(httpsListener()));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("allows only TLSv1.2, TLSv1.3");
    expect(finding?.evidence).toMatchObject({ SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" });
  });

  it("judges a TLS listener of a network load balancer", () => {
    const tls = listener({ protocol: "TLS", port: 443, sslPolicy: "ELBSecurityPolicy-2016-08" });
    const nlb = loadBalancer({ name: "example-nlb", type: "network", listeners: ok([tls]) });
    const [finding] = evaluate(nlb);

    expect(finding?.status).toBe("fail");
    expect(finding?.resource.name).toBe("example-nlb TLS:443");
  });

  it("ignores an SSL policy on an HTTP listener", () => {
    // The local emulator returns an SslPolicy on plain HTTP listeners; AWS returns none.
    const http = listener({ sslPolicy: "ELBSecurityPolicy-2016-08" });
    const [finding] = evaluate(albWith(http));

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No HTTPS or TLS listeners found in ${REGION}`);
  });

  it("errors on a policy missing from the list", () => {
    const [finding] = evaluate(albWith(httpsListener({ sslPolicy: "Custom-Policy" })));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("Custom-Policy");
    expect(finding?.reason).toContain("describe-ssl-policies");
  });

  it("errors on an HTTPS listener without a policy", () => {
    const [finding] = evaluate(albWith(httpsListener({ sslPolicy: undefined })));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("without an SslPolicy");
  });

  it("errors when the SSL policies could not be read", () => {
    const alb = albWith(httpsListener());
    const inventory = elbv2Inventory({
      loadBalancers: [alb],
      sslPolicies: denied("elasticloadbalancing:DescribeSSLPolicies"),
    });
    const [finding] = listenerTlsPolicy.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeSSLPolicies");
  });

  it("errors when the listeners could not be read", () => {
    const alb = loadBalancer({ listeners: denied("elasticloadbalancing:DescribeListeners") });
    const [finding] = evaluate(alb);

    expect(finding?.status).toBe("error");
    expect(finding?.resource.name).toBe("example-alb");
  });

  it("errors when the region failed", () => {
    const inventory = inventoryWith({
      elbv2: { [REGION]: denied("elasticloadbalancing:DescribeLoadBalancers") },
    });
    const [finding] = listenerTlsPolicy.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });
});
