import { describe, expect, it } from "vitest";
import { tlsRequired } from "../../../../src/checks/rds/tls-required.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import {
  clusterMembers,
  dbCluster,
  dbInstance,
  findingFor,
  parameterGroup,
  rdsInventory,
  rdsInventoryOf,
} from "./fixtures.js";

const PG15_DEFAULT = "default.postgres15";

describe("rds.tls-required", () => {
  it("passes an instance on the PostgreSQL 15 default group", () => {
    const group = parameterGroup(PG15_DEFAULT, "postgres15", {
      "rds.force_ssl": { value: "1", source: "system" },
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [dbInstance()], parameterGroups: { [PG15_DEFAULT]: ok(group) } }),
    );

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("sets rds.force_ssl to 1");
    expect(result.evidence).toMatchObject({ DBParameterGroupName: PG15_DEFAULT, Source: "system" });
  });

  it("passes a value resolved from the family defaults", () => {
    const group = parameterGroup(PG15_DEFAULT, "postgres15", {
      "rds.force_ssl": { value: "1", source: "family-default" },
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [dbInstance()], parameterGroups: { [PG15_DEFAULT]: ok(group) } }),
    );

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("pass");
    expect(result.evidence.Source).toBe("family-default");
  });

  it("judges Aurora by the cluster group, not member groups", () => {
    const cluster = dbCluster();
    const memberGroup = "default.aurora-postgresql15";
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [cluster],
        instances: clusterMembers(cluster, memberGroup),
        clusterParameterGroups: {
          "example-apg-cluster-pg": ok(
            parameterGroup("example-apg-cluster-pg", "aurora-postgresql15", {
              "rds.force_ssl": "1",
            }),
          ),
        },
        parameterGroups: { [memberGroup]: ok(parameterGroup(memberGroup, "aurora-postgresql15")) },
      }),
    );

    expect(findings).toHaveLength(1);
    expect(findingFor(findings, "example-apg").status).toBe("pass");
    expect(findingFor(findings, "example-apg").resource.type).toBe("AWS::RDS::DBCluster");
  });

  it("fails ssl=1 without rds.force_ssl=1", () => {
    const cluster = dbCluster({
      id: "example-apg2",
      engineVersion: "16.2",
      parameterGroup: "example-apg2-pg",
    });
    const group = parameterGroup("example-apg2-pg", "aurora-postgresql16", {
      ssl: "1",
      "rds.force_ssl": { value: "0", source: "engine-default" },
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [cluster],
        clusterParameterGroups: { "example-apg2-pg": ok(group) },
      }),
    );

    const result = findingFor(findings, "example-apg2");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("rds.force_ssl is 0");
    expect(result.reason).toContain("does not require them");
    expect(result.reason).toContain(
      "Set rds.force_ssl to 1 in DB cluster parameter group example-apg2-pg",
    );
    expect(result.evidence).toMatchObject({
      ssl: "1",
      "rds.force_ssl": "0",
      Source: "engine-default",
    });
  });

  it.each([
    ["1", "pass"],
    ["ON", "pass"],
    ["on", "pass"],
    ["true", "pass"],
    ["TRUE", "pass"],
    ["0", "fail"],
    ["OFF", "fail"],
    ["false", "fail"],
  ])("reads require_secure_transport=%s as %s", (value, status) => {
    const instance = dbInstance({
      engine: "mysql",
      engineVersion: "8.0.36",
      parameterGroups: [{ name: "example-mysql-pg", applyStatus: "in-sync" }],
    });
    const group = parameterGroup("example-mysql-pg", "mysql8.0", {
      require_secure_transport: value,
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [instance], parameterGroups: { "example-mysql-pg": ok(group) } }),
    );

    expect(findingFor(findings, "example-db").status).toBe(status);
  });

  it("judges a Multi-AZ DB cluster by its cluster group", () => {
    const cluster = dbCluster({
      id: "example-maz",
      engine: "mysql",
      engineVersion: "8.0.36",
      kind: "multi-az",
      parameterGroup: "example-maz-pg",
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [cluster],
        instances: clusterMembers(cluster, "default.mysql8.0", 3),
        clusterParameterGroups: {
          "example-maz-pg": ok(
            parameterGroup("example-maz-pg", "mysql8.0", { require_secure_transport: "OFF" }),
          ),
        },
      }),
    );

    expect(findings).toHaveLength(1);
    expect(findingFor(findings, "example-maz").status).toBe("fail");
  });

  it("reads rds.force_ssl for SQL Server", () => {
    const instance = dbInstance({
      engine: "sqlserver-se",
      engineVersion: "16.00.4135.4.v1",
      parameterGroups: [{ name: "example-mssql-pg", applyStatus: "in-sync" }],
    });
    const group = parameterGroup("example-mssql-pg", "sqlserver-se-16.0", { "rds.force_ssl": "1" });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [instance], parameterGroups: { "example-mssql-pg": ok(group) } }),
    );

    expect(findingFor(findings, "example-db").status).toBe("pass");
  });

  it("tells to create a custom group when the default group fails", () => {
    const group = parameterGroup("default.postgres14", "postgres14", {
      "rds.force_ssl": { value: "0", source: "system" },
    });
    const instance = dbInstance({
      engineVersion: "14.12",
      parameterGroups: [{ name: "default.postgres14", applyStatus: "in-sync" }],
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [instance], parameterGroups: { "default.postgres14": ok(group) } }),
    );

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("create a custom DB parameter group");
  });

  it("is manual while the enforcing value is pending reboot", () => {
    const cluster = dbCluster({ parameterApplyStatus: "pending-reboot" });
    const group = parameterGroup("example-apg-cluster-pg", "aurora-postgresql15", {
      "rds.force_ssl": "1",
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [cluster],
        clusterParameterGroups: { "example-apg-cluster-pg": ok(group) },
      }),
    );

    const result = findingFor(findings, "example-apg");
    expect(result.status).toBe("manual");
    expect(result.reason).toContain("pending-reboot");
    expect(result.reason).toContain("not in force");
  });

  it("reports an absent parameter as unknown", () => {
    const group = parameterGroup("example-pg", "postgres15");
    const instance = dbInstance({
      parameterGroups: [{ name: "example-pg", applyStatus: "in-sync" }],
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [instance], parameterGroups: { "example-pg": ok(group) } }),
    );

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("error");
    expect(result.reason).toContain("is unknown");
    expect(result.reason).toContain(
      "aws rds describe-db-parameters --db-parameter-group-name example-pg",
    );
  });

  it("reports a parameter without a value as unknown", () => {
    const group = parameterGroup("example-pg", "postgres15", {
      "rds.force_ssl": { source: "engine-default" },
    });
    const instance = dbInstance({
      parameterGroups: [{ name: "example-pg", applyStatus: "in-sync" }],
    });
    const findings = tlsRequired.evaluate(
      rdsInventory({ instances: [instance], parameterGroups: { "example-pg": ok(group) } }),
    );

    expect(findingFor(findings, "example-db").status).toBe("error");
  });

  it("names the permission when engine defaults failed", () => {
    const defaultsDenied = denied("rds:DescribeEngineDefaultClusterParameters");
    const group = {
      ...parameterGroup("example-apg-cluster-pg", "aurora-postgresql15"),
      engineDefaultsError: defaultsDenied.error,
    };
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [dbCluster()],
        clusterParameterGroups: { "example-apg-cluster-pg": ok(group) },
      }),
    );

    const result = findingFor(findings, "example-apg");
    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("rds:DescribeEngineDefaultClusterParameters");
    expect(result.reason).toContain("Grant rds:DescribeEngineDefaultClusterParameters");
  });

  it("reports a parameter group that failed to collect", () => {
    const findings = tlsRequired.evaluate(
      rdsInventory({
        clusters: [dbCluster()],
        clusterParameterGroups: {
          "example-apg-cluster-pg": denied("rds:DescribeDBClusterParameters"),
        },
      }),
    );

    const result = findingFor(findings, "example-apg");
    expect(result.status).toBe("error");
    expect(result.error?.action).toBe("rds:DescribeDBClusterParameters");
  });

  it("reports a parameter group that was not collected", () => {
    const findings = tlsRequired.evaluate(rdsInventory({ clusters: [dbCluster()] }));

    const result = findingFor(findings, "example-apg");
    expect(result.status).toBe("error");
    expect(result.reason).toContain("was not collected");
  });

  it("is manual for Oracle, naming the SSL option", () => {
    const instance = dbInstance({
      engine: "oracle-ee",
      engineVersion: "19.0.0.0.ru-2024-04.rur-2024-04.r1",
    });
    const findings = tlsRequired.evaluate(rdsInventory({ instances: [instance] }));

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("manual");
    expect(result.reason).toContain("SSL option");
  });

  it("reports a member whose cluster is missing", () => {
    const member = dbInstance({ id: "lost-member", clusterId: "gone-cluster" });
    const findings = tlsRequired.evaluate(rdsInventory({ instances: [member] }));

    const result = findingFor(findings, "lost-member");
    expect(result.status).toBe("error");
    expect(result.reason).toContain("did not return that cluster");
  });

  it("is not applicable without databases", () => {
    const findings = tlsRequired.evaluate(rdsInventory({}));

    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("not_applicable");
  });

  it("reports a region whose listing failed", () => {
    const findings = tlsRequired.evaluate(rdsInventoryOf(denied("rds:DescribeDBInstances")));

    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("error");
    expect(findings[0]?.error?.action).toBe("rds:DescribeDBInstances");
    expect(findings[0]?.resource.region).toBe(REGION);
  });

  it("reports an inventory without RDS data", () => {
    const findings = tlsRequired.evaluate(inventoryWith({}));

    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("error");
  });
});
