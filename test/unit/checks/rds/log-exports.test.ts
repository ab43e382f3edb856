import { describe, expect, it } from "vitest";
import { logExports } from "../../../../src/checks/rds/log-exports.js";
import { denied, inventoryWith } from "../inventory-fixture.js";
import {
  clusterMembers,
  dbCluster,
  dbInstance,
  findingFor,
  rdsInventory,
  rdsInventoryOf,
} from "./fixtures.js";

describe("rds.log-exports", () => {
  it("fails MySQL missing general and slowquery", () => {
    const instance = dbInstance({ engine: "mysql", enabledLogExports: ["audit", "error"] });
    const findings = logExports.evaluate(rdsInventory({ instances: [instance] }));

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("general, slowquery");
    expect(result.reason).toContain("modify-db-instance");
  });

  it("fails PostgreSQL without exports", () => {
    const findings = logExports.evaluate(
      rdsInventory({ instances: [dbInstance({ enabledLogExports: [] })] }),
    );

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("postgresql");
  });

  it.each([
    ["postgres", ["postgresql"]],
    ["aurora-postgresql", ["postgresql"]],
    ["mysql", ["audit", "error", "general", "slowquery"]],
    ["mariadb", ["audit", "error", "general", "slowquery"]],
    ["aurora-mysql", ["audit"]],
    ["oracle-ee", ["alert", "audit"]],
    ["sqlserver-se", ["error", "agent"]],
  ])("passes %s exporting %j", (engine, logTypes) => {
    const instance = dbInstance({ engine, enabledLogExports: logTypes });
    const findings = logExports.evaluate(rdsInventory({ instances: [instance] }));

    expect(findingFor(findings, "example-db").status).toBe("pass");
  });

  it("judges Aurora on the cluster, not its members", () => {
    const cluster = dbCluster({ engine: "aurora-mysql", enabledLogExports: ["error"] });
    const findings = logExports.evaluate(
      rdsInventory({
        clusters: [cluster],
        instances: clusterMembers(cluster, "default.aurora-mysql8.0"),
      }),
    );

    expect(findings).toHaveLength(1);
    expect(findingFor(findings, "example-apg").status).toBe("fail");
    expect(findingFor(findings, "example-apg").reason).toContain("modify-db-cluster");
  });

  it("is manual for an unknown engine", () => {
    const instance = dbInstance({ engine: "db2-se", enabledLogExports: ["diag.log"] });
    const findings = logExports.evaluate(rdsInventory({ instances: [instance] }));

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("manual");
    expect(result.reason).toContain("diag.log");
  });

  it("reports a member whose cluster is missing", () => {
    const member = dbInstance({ id: "lost-member", clusterId: "gone-cluster" });
    const findings = logExports.evaluate(rdsInventory({ instances: [member] }));

    expect(findingFor(findings, "lost-member").status).toBe("error");
  });

  it("is not applicable without databases", () => {
    const findings = logExports.evaluate(rdsInventory({}));

    expect(findings[0]?.status).toBe("not_applicable");
  });

  it("reports a region whose listing failed", () => {
    const findings = logExports.evaluate(rdsInventoryOf(denied("rds:DescribeDBClusters")));

    expect(findings[0]?.status).toBe("error");
    expect(findings[0]?.error?.action).toBe("rds:DescribeDBClusters");
  });

  it("reports an inventory without RDS data", () => {
    const findings = logExports.evaluate(inventoryWith({}));

    expect(findings[0]?.status).toBe("error");
  });
});
