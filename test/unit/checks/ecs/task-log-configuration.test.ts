import { describe, expect, it } from "vitest";
import type { Finding } from "../../../../src/checks/check.js";
import { taskLogConfiguration } from "../../../../src/checks/ecs/task-log-configuration.js";
import type { Inventory } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import {
  cluster,
  ecsInventory,
  ecsInventoryOf,
  service,
  taskDefinition,
  taskDefinitionArn,
} from "./fixtures.js";

function onlyFinding(inventory: Inventory): Finding {
  const findings = taskLogConfiguration.evaluate(inventory);
  if (findings.length !== 1 || findings[0] === undefined) {
    throw new Error(`expected one finding, got ${findings.length}`);
  }
  return findings[0];
}

describe("ecs.task-log-configuration", () => {
  it("fails a container without log configuration", () => {
    const result = onlyFinding(
      ecsInventory(
        [cluster(ok([service("web")]))],
        [ok(taskDefinition("web:3", { app: "awslogs", sidecar: undefined }))],
      ),
    );

    expect(result.status).toBe("fail");
    expect(result.reason).toContain("without a log configuration: sidecar");
    expect(result.evidence.ContainersWithoutLogConfiguration).toEqual(["sidecar"]);
  });

  it("passes when every container logs", () => {
    const result = onlyFinding(
      ecsInventory(
        [cluster(ok([service("web")]))],
        [ok(taskDefinition("web:3", { app: "awslogs", router: "awsfirelens" }))],
      ),
    );

    expect(result.status).toBe("pass");
    expect(result.resource).toMatchObject({ type: "AWS::ECS::TaskDefinition", name: "web:3" });
  });

  it("judges a shared task definition once, naming its services", () => {
    const result = onlyFinding(
      ecsInventory(
        [cluster(ok([service("web"), service("web-canary")]))],
        [ok(taskDefinition("web:3", { app: "awslogs" }))],
      ),
    );

    expect(result.reason).toContain(
      "web (cluster example-cluster), web-canary (cluster example-cluster)",
    );
    expect(result.evidence.Services).toHaveLength(2);
  });

  it("skips task definitions no service uses", () => {
    const findings = taskLogConfiguration.evaluate(
      ecsInventory(
        [cluster(ok([service("web")]))],
        [
          ok(taskDefinition("web:3", { app: "awslogs" })),
          ok(taskDefinition("old:1", { app: undefined })),
        ],
      ),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]?.resource.name).toBe("web:3");
  });

  it("reports a task definition that failed to collect", () => {
    const failure = denied("ecs:DescribeTaskDefinition");
    failure.error.resource = taskDefinitionArn("web:3");
    const result = onlyFinding(ecsInventory([cluster(ok([service("web")]))], [failure]));

    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("ecs:DescribeTaskDefinition");
  });

  it("reports a task definition that was not collected", () => {
    const result = onlyFinding(ecsInventory([cluster(ok([service("web")]))]));

    expect(result.status).toBe("error");
    expect(result.reason).toContain("was not collected");
  });

  it("reports a cluster whose services failed", () => {
    const result = onlyFinding(ecsInventory([cluster(denied("ecs:ListServices"))]));

    expect(result.status).toBe("error");
    expect(result.resource.type).toBe("AWS::ECS::Cluster");
    expect(result.error?.action).toBe("ecs:ListServices");
  });

  it("judges other clusters when one cluster failed", () => {
    const findings = taskLogConfiguration.evaluate(
      ecsInventory(
        [cluster(denied("ecs:DescribeServices"), "broken"), cluster(ok([service("web")]))],
        [ok(taskDefinition("web:3", { app: "awslogs" }))],
      ),
    );

    expect(findings.map((result) => result.status)).toEqual(["error", "pass"]);
  });

  it("reports a task definition without containers", () => {
    const result = onlyFinding(
      ecsInventory([cluster(ok([service("web")]))], [ok(taskDefinition("web:3", {}))]),
    );

    expect(result.status).toBe("error");
    expect(result.reason).toContain("no container definitions");
  });

  it("is manual for a service without task definition", () => {
    const external = { ...service("blue-green"), taskDefinitionArn: "" };
    const result = onlyFinding(ecsInventory([cluster(ok([external]))]));

    expect(result.status).toBe("manual");
    expect(result.resource.type).toBe("AWS::ECS::Service");
    expect(result.reason).toContain("EXTERNAL deployment controller");
  });

  it("is not applicable without services", () => {
    const result = onlyFinding(ecsInventory([cluster(ok([]))]));

    expect(result.status).toBe("not_applicable");
  });

  it("reports a region whose listing failed", () => {
    const result = onlyFinding(ecsInventoryOf(denied("ecs:ListClusters")));

    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("ecs:ListClusters");
  });

  it("reports an inventory without ECS data", () => {
    expect(onlyFinding(inventoryWith({})).status).toBe("error");
  });
});
