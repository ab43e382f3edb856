import { describe, expect, it } from "vitest";
import { albAuthentication } from "../../../../src/checks/elbv2/alb-authentication.js";
import { DEFAULT_SETTINGS } from "../../../../src/checks/settings.js";
import type { Listener, LoadBalancer } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import {
  authenticateOidc,
  elbv2Inventory,
  findingFor,
  fixedResponse,
  forward,
  forwardAt,
  httpsListener,
  listener,
  loadBalancer,
  pathRule,
  redirect,
} from "./fixtures.js";

const AUTHENTICATED = [authenticateOidc(), forwardAt("tg-app", 2)];

function evaluateListeners(listeners: Listener[], publicPathPatterns: string[] = []) {
  const inventory = elbv2Inventory({ loadBalancers: [loadBalancer({ listeners: ok(listeners) })] });
  return albAuthentication.evaluate(inventory, { ...DEFAULT_SETTINGS, publicPathPatterns });
}

function evaluateLoadBalancers(...loadBalancers: LoadBalancer[]) {
  return albAuthentication.evaluate(elbv2Inventory({ loadBalancers }));
}

describe("elbv2.alb-authentication", () => {
  it("fails a forward without authentication", () => {
    const [finding] = evaluateListeners([httpsListener()]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("Listener HTTPS:443 of load balancer example-alb");
    expect(finding?.reason).toContain("the default action forwards to target group tg-app");
    expect(finding?.reason).toContain("with no authenticate action");
  });

  it("fails OnUnauthenticatedRequest allow", () => {
    // An OIDC action that lets requests without a session through, then a forward.
    const defaultActions = [authenticateOidc("allow", 1), forwardAt("tg-app", 2)];
    const [finding] = evaluateListeners([httpsListener({ defaultActions })]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("OnUnauthenticatedRequest allow");
    expect(finding?.reason).toContain("without identity claims");
  });

  it("tells an HTTP listener to redirect", () => {
    const [finding] = evaluateListeners([listener()]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("ALB authenticate actions work only on HTTPS listeners");
    expect(finding?.reason).not.toContain("Put an authenticate-oidc");
  });

  it("says a fail cannot see application login", () => {
    const [finding] = evaluateListeners([httpsListener()]);

    expect(finding?.reason).toContain("If the application authenticates requests itself");
    expect(finding?.reason).toContain("verify that by hand");
  });

  it("fails an authenticate action after the forward", () => {
    const defaultActions = [forwardAt("tg-app", 1), authenticateOidc(undefined, 2)];
    const [finding] = evaluateListeners([httpsListener({ defaultActions })]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("before its authenticate-oidc action (Order 2)");
  });

  it("fails a rule that skips authentication", () => {
    const rules = ok([pathRule("10", ["/api/*"], [forward("tg-api")])]);
    const [finding] = evaluateListeners([httpsListener({ defaultActions: AUTHENTICATED, rules })]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      "rule 10 (path-pattern /api/*) forwards to target group tg-api",
    );
    expect(finding?.reason).not.toContain("the default action forwards");
  });

  it("fails a rule with one non-public path", () => {
    const rules = ok([pathRule("10", ["/health", "/admin/*"], [forward("tg-app")])]);
    const [finding] = evaluateListeners(
      [httpsListener({ defaultActions: AUTHENTICATED, rules })],
      ["/health"],
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("rule 10 (path-pattern /health, /admin/*)");
  });

  it("passes an enforcing authenticate action", () => {
    const [finding] = evaluateListeners([httpsListener({ defaultActions: AUTHENTICATED })]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(
      "runs authenticate-oidc with OnUnauthenticatedRequest authenticate",
    );
    expect(finding?.evidence).toMatchObject({
      DefaultActions: [
        { Type: "authenticate-oidc", OnUnauthenticatedRequest: "(absent: authenticate)" },
        { Type: "forward" },
      ],
    });
  });

  it("passes OnUnauthenticatedRequest deny", () => {
    const defaultActions = [authenticateOidc("deny"), forwardAt("tg-app", 2)];
    const [finding] = evaluateListeners([httpsListener({ defaultActions })]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("OnUnauthenticatedRequest deny");
  });

  it("passes a Cognito authenticate action", () => {
    const cognito = { ...authenticateOidc("authenticate"), type: "authenticate-cognito" };
    const [finding] = evaluateListeners([
      httpsListener({ defaultActions: [cognito, forwardAt("tg-app", 2)] }),
    ]);

    expect(finding?.status).toBe("pass");
  });

  it("passes a public path without authentication", () => {
    const rules = ok([pathRule("5", ["/health"], [forward("tg-app")])]);
    const [finding] = evaluateListeners(
      [httpsListener({ defaultActions: AUTHENTICATED, rules })],
      ["/health", "/static/*"],
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Rules 5 forward without authentication");
    expect(finding?.evidence).toMatchObject({
      PublicRules: [{ Priority: "5", PathPatterns: ["/health"] }],
    });
  });

  it("passes a listener that forwards only public paths", () => {
    const rules = ok([pathRule("5", ["/static/css/*"], [forward("tg-assets")])]);
    const [finding] = evaluateListeners(
      [httpsListener({ defaultActions: [fixedResponse()], rules })],
      ["/static/*"],
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("forwards requests only on public paths");
  });

  it("is not applicable to a redirecting HTTP listener", () => {
    const findings = evaluateListeners([
      listener({ defaultActions: [redirect("HTTPS")] }),
      httpsListener({ defaultActions: AUTHENTICATED }),
    ]);

    expect(findingFor(findings, "example-alb HTTP:80").status).toBe("not_applicable");
    expect(findingFor(findings, "example-alb HTTP:80").reason).toContain("forwards no request");
    expect(findingFor(findings, "example-alb HTTPS:443").status).toBe("pass");
  });

  it("is not applicable to an internal ALB", () => {
    const internal = loadBalancer({ scheme: "internal", listeners: ok([httpsListener()]) });
    const [finding] = evaluateLoadBalancers(internal);

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain("scheme internal");
  });

  it("is not applicable without application load balancers", () => {
    const [finding] = evaluateLoadBalancers(loadBalancer({ name: "example-nlb", type: "network" }));

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No application load balancers found in ${REGION}`);
  });

  it("errors on an unknown OnUnauthenticatedRequest", () => {
    const defaultActions = [authenticateOidc("sometimes"), forwardAt("tg-app", 2)];
    const [finding] = evaluateListeners([httpsListener({ defaultActions })]);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("OnUnauthenticatedRequest sometimes");
  });

  it("errors when the rules could not be read", () => {
    const rules = denied("elasticloadbalancing:DescribeRules");
    const [finding] = evaluateListeners([httpsListener({ defaultActions: AUTHENTICATED, rules })]);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeRules");
  });

  it("fails an open default action with unread rules", () => {
    const rules = denied("elasticloadbalancing:DescribeRules");
    const [finding] = evaluateListeners([httpsListener({ rules })]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("other rules could not be read");
  });

  it("errors when the listeners could not be read", () => {
    const alb = loadBalancer({ listeners: denied("elasticloadbalancing:DescribeListeners") });
    const [finding] = evaluateLoadBalancers(alb);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("elasticloadbalancing:DescribeListeners");
  });

  it("errors when the region failed", () => {
    const inventory = inventoryWith({
      elbv2: { [REGION]: denied("elasticloadbalancing:DescribeLoadBalancers") },
    });
    const [finding] = albAuthentication.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });

  it("errors when the part was not collected", () => {
    const [finding] = albAuthentication.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no elbv2 data");
  });
});
