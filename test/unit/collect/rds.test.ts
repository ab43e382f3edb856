import {
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  DescribeEngineDefaultClusterParametersCommand,
  DescribeEngineDefaultParametersCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Collected } from "../../../src/collect/collected.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import type { ParameterGroup } from "../../../src/collect/inventory.js";
import { AUDITED_PARAMETERS, tlsParameterOfFamily } from "../../../src/collect/rds-parameters.js";
import { rdsCollector } from "../../../src/collect/rds.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";

const rds = mockClient(RDSClient);
let context: CollectContext;

/** Builds a standalone MySQL instance that uses DB parameter group `group`. */
function mysqlInstance(id: string, group = "example-mysql") {
  return {
    DBInstanceArn: `arn:aws:rds:eu-west-1:111122223333:db:${id}`,
    DBInstanceIdentifier: id,
    Engine: "mysql",
    EngineVersion: "8.0.39",
    StorageEncrypted: true,
    EnabledCloudwatchLogsExports: ["error"],
    DBParameterGroups: [{ DBParameterGroupName: group, ParameterApplyStatus: "in-sync" }],
  };
}

beforeEach(() => {
  rds.reset();
  context = contextFor([REGION]);
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
  rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
  rds.on(DescribeDBParameterGroupsCommand).callsFake((input: { DBParameterGroupName: string }) => ({
    DBParameterGroups: [
      { DBParameterGroupName: input.DBParameterGroupName, DBParameterGroupFamily: "mysql8.0" },
    ],
  }));
  rds.on(DescribeDBParametersCommand).resolves({
    Parameters: [
      { ParameterName: "require_secure_transport", ParameterValue: "ON", Source: "user" },
      { ParameterName: "max_connections", ParameterValue: "100", Source: "user" },
    ],
  });
  rds.on(DescribeEngineDefaultParametersCommand).resolves({ EngineDefaults: { Parameters: [] } });
  rds.on(DescribeDBClusterParameterGroupsCommand).resolves({
    DBClusterParameterGroups: [
      { DBClusterParameterGroupName: "example-apg", DBParameterGroupFamily: "aurora-postgresql15" },
    ],
  });
  rds.on(DescribeDBClusterParametersCommand).resolves({
    Parameters: [{ ParameterName: "rds.force_ssl", ParameterValue: "1", Source: "user" }],
  });
  rds
    .on(DescribeEngineDefaultClusterParametersCommand)
    .resolves({ EngineDefaults: { Parameters: [] } });
});

afterEach(() => context.clients.destroy());

function groupValue(group: Collected<ParameterGroup> | undefined): ParameterGroup {
  if (group === undefined || !group.ok) throw new Error("expected a collected parameter group");
  return group.value;
}

describe("rdsCollector listing", () => {
  it("follows DescribeDBInstances markers", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [mysqlInstance("example-a")],
      Marker: "page-2",
    });
    rds
      .on(DescribeDBInstancesCommand, { Marker: "page-2" })
      .resolves({ DBInstances: [mysqlInstance("example-b")] });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.instances.map((instance) => instance.id)).toEqual(["example-a", "example-b"]);
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(2);
  });

  it("follows DescribeDBClusters markers", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-a", Engine: "aurora-mysql" }],
      Marker: "page-2",
    });
    rds.on(DescribeDBClustersCommand, { Marker: "page-2" }).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-b", Engine: "aurora-mysql" }],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.clusters.map((cluster) => cluster.id)).toEqual(["example-a", "example-b"]);
  });

  it("propagates a listing failure", async () => {
    rds.on(DescribeDBClustersCommand).rejects(awsError("AccessDenied", 403));

    await expect(rdsCollector.collect(context, REGION)).rejects.toThrow("AccessDenied");
  });

  it("skips Neptune and DocumentDB resources", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [{ ...mysqlInstance("example-graph"), Engine: "neptune" }],
    });
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-docs", Engine: "docdb" }],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.instances).toEqual([]);
    expect(region.clusters).toEqual([]);
  });
});

describe("rdsCollector resources", () => {
  it("converts a DB instance", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        { ...mysqlInstance("example-a"), KmsKeyId: "key-1", PubliclyAccessible: false },
      ],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.instances).toEqual([
      {
        arn: "arn:aws:rds:eu-west-1:111122223333:db:example-a",
        id: "example-a",
        engine: "mysql",
        engineVersion: "8.0.39",
        storageEncrypted: true,
        kmsKeyId: "key-1",
        publiclyAccessible: false,
        enabledLogExports: ["error"],
        parameterGroups: [{ name: "example-mysql", applyStatus: "in-sync" }],
      },
    ]);
  });

  it("converts an Aurora cluster", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterArn: "arn:aws:rds:eu-west-1:111122223333:cluster:example-apg",
          DBClusterIdentifier: "example-apg",
          Engine: "aurora-postgresql",
          EngineVersion: "15.4",
          StorageEncrypted: true,
          EnabledCloudwatchLogsExports: ["postgresql"],
          DBClusterParameterGroup: "example-apg",
          DBClusterMembers: [
            { DBInstanceIdentifier: "example-apg-1", DBClusterParameterGroupStatus: "in-sync" },
            {
              DBInstanceIdentifier: "example-apg-2",
              DBClusterParameterGroupStatus: "pending-reboot",
            },
          ],
        },
      ],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.clusters).toEqual([
      {
        arn: "arn:aws:rds:eu-west-1:111122223333:cluster:example-apg",
        id: "example-apg",
        engine: "aurora-postgresql",
        engineVersion: "15.4",
        kind: "aurora",
        storageEncrypted: true,
        enabledLogExports: ["postgresql"],
        parameterGroup: "example-apg",
        parameterApplyStatus: "pending-reboot",
        memberIds: ["example-apg-1", "example-apg-2"],
      },
    ]);
  });

  it("marks a Multi-AZ DB cluster", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-pg", Engine: "postgres" }],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.clusters[0]?.kind).toBe("multi-az");
  });

  it("keeps a null PubliclyAccessible unknown", async () => {
    const member = { ...mysqlInstance("example-apg-1"), DBClusterIdentifier: "example-apg" };
    rds
      .on(DescribeDBInstancesCommand)
      .resolves({ DBInstances: [{ ...member, PubliclyAccessible: null as unknown as boolean }] });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.instances[0]?.clusterId).toBe("example-apg");
    expect(region.instances[0]).not.toHaveProperty("publiclyAccessible");
  });
});

describe("rdsCollector parameter groups", () => {
  it("reads a group shared by instances once", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [mysqlInstance("example-a"), mysqlInstance("example-b")],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(Object.keys(region.parameterGroups)).toEqual(["example-mysql"]);
    expect(rds.commandCalls(DescribeDBParameterGroupsCommand)).toHaveLength(1);
  });

  it("keeps only audited parameters", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [mysqlInstance("example-a")] });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.family).toBe("mysql8.0");
    expect(group.parameters).toEqual({
      require_secure_transport: { value: "ON", source: "user" },
    });
  });

  it("follows DescribeDBParameters markers", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [mysqlInstance("example-a")] });
    rds.on(DescribeDBParametersCommand).resolves({
      Parameters: [{ ParameterName: "max_connections", ParameterValue: "100" }],
      Marker: "page-2",
    });
    rds.on(DescribeDBParametersCommand, { Marker: "page-2" }).resolves({
      Parameters: [{ ParameterName: "require_secure_transport", ParameterValue: "ON" }],
    });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.parameters.require_secure_transport?.value).toBe("ON");
    expect(rds.commandCalls(DescribeDBParametersCommand)).toHaveLength(2);
  });

  it("reads member and cluster groups", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [{ ...mysqlInstance("example-apg-1", "example-apg-instance") }],
    });
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterIdentifier: "example-apg",
          Engine: "aurora-postgresql",
          DBClusterParameterGroup: "example-apg",
          DBClusterMembers: [{ DBInstanceIdentifier: "example-apg-1" }],
        },
      ],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(Object.keys(region.parameterGroups)).toEqual(["example-apg-instance"]);
    expect(groupValue(region.clusterParameterGroups["example-apg"]).parameters).toEqual({
      "rds.force_ssl": { value: "1", source: "user" },
    });
  });

  it("follows DescribeDBClusterParameters markers", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-apg", DBClusterParameterGroup: "example-apg" }],
    });
    rds.on(DescribeDBClusterParametersCommand).resolves({
      Parameters: [{ ParameterName: "rds.force_ssl", ParameterValue: "1" }],
      Marker: "page-2",
    });
    rds.on(DescribeDBClusterParametersCommand, { Marker: "page-2" }).resolves({
      Parameters: [{ ParameterName: "ssl", ParameterValue: "1" }],
    });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.clusterParameterGroups["example-apg"]);

    expect(group.parameters.ssl?.value).toBe("1");
    expect(rds.commandCalls(DescribeDBClusterParametersCommand)).toHaveLength(2);
  });
});

describe("rdsCollector engine defaults", () => {
  beforeEach(() => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [mysqlInstance("example-a"), mysqlInstance("example-b", "example-mysql-2")],
    });
    rds.on(DescribeDBParametersCommand).resolves({
      Parameters: [{ ParameterName: "require_secure_transport", Source: "engine-default" }],
    });
  });

  it("resolves a missing value from the family", async () => {
    rds.on(DescribeEngineDefaultParametersCommand).resolves({
      EngineDefaults: {
        Parameters: [
          {
            ParameterName: "require_secure_transport",
            ParameterValue: "OFF",
            ApplyType: "dynamic",
          },
        ],
      },
    });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.parameters.require_secure_transport).toEqual({
      value: "OFF",
      source: "family-default",
      applyType: "dynamic",
    });
  });

  it("reads each family's defaults once", async () => {
    await rdsCollector.collect(context, REGION);

    const calls = rds.commandCalls(DescribeEngineDefaultParametersCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.DBParameterGroupFamily).toBe("mysql8.0");
  });

  it("follows EngineDefaults markers", async () => {
    rds.on(DescribeEngineDefaultParametersCommand).resolves({
      EngineDefaults: { Parameters: [], Marker: "page-2" },
    });
    rds.on(DescribeEngineDefaultParametersCommand, { Marker: "page-2" }).resolves({
      EngineDefaults: {
        Parameters: [{ ParameterName: "require_secure_transport", ParameterValue: "OFF" }],
      },
    });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.parameters.require_secure_transport?.value).toBe("OFF");
    expect(rds.commandCalls(DescribeEngineDefaultParametersCommand)).toHaveLength(2);
  });

  it("leaves an unknown default without value", async () => {
    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.parameters.require_secure_transport).toEqual({ source: "engine-default" });
    expect(group.parameters).not.toHaveProperty("rds.force_ssl");
  });

  it("records a failed defaults read", async () => {
    rds.on(DescribeEngineDefaultParametersCommand).rejects(awsError("AccessDenied", 403));

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.parameterGroups["example-mysql"]);

    expect(group.parameters.require_secure_transport?.value).toBeUndefined();
    expect(group.engineDefaultsError?.kind).toBe("access_denied");
    expect(group.engineDefaultsError?.action).toBe("rds:DescribeEngineDefaultParameters");
  });

  it("resolves cluster defaults from the family", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-apg", DBClusterParameterGroup: "example-apg" }],
    });
    rds.on(DescribeDBClusterParametersCommand).resolves({
      Parameters: [{ ParameterName: "ssl", ParameterValue: "1", Source: "user" }],
    });
    rds.on(DescribeEngineDefaultClusterParametersCommand).resolves({
      EngineDefaults: { Parameters: [{ ParameterName: "rds.force_ssl", ParameterValue: "0" }] },
    });

    const region = await rdsCollector.collect(context, REGION);
    const group = groupValue(region.clusterParameterGroups["example-apg"]);

    expect(group.parameters["rds.force_ssl"]).toEqual({ value: "0", source: "family-default" });
    const calls = rds.commandCalls(DescribeEngineDefaultClusterParametersCommand);
    expect(calls[0]?.args[0].input.DBParameterGroupFamily).toBe("aurora-postgresql15");
  });

  it("resolves only the family's TLS parameter", () => {
    expect(tlsParameterOfFamily("aurora-postgresql15")).toBe("rds.force_ssl");
    expect(tlsParameterOfFamily("sqlserver-se-15.0")).toBe("rds.force_ssl");
    expect(tlsParameterOfFamily("aurora-mysql8.0")).toBe("require_secure_transport");
    expect(tlsParameterOfFamily("mariadb10.11")).toBe("require_secure_transport");
    expect(tlsParameterOfFamily("oracle-ee-19")).toBeUndefined();
  });

  it("skips parameter groups of cluster members", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          ...mysqlInstance("example-member", "default.aurora-mysql8.0"),
          DBClusterIdentifier: "example",
        },
      ],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(region.parameterGroups).toEqual({});
    expect(rds.commandCalls(DescribeDBParametersCommand)).toHaveLength(0);
  });

  it("skips defaults when all are set", async () => {
    rds.on(DescribeDBParametersCommand).resolves({
      Parameters: AUDITED_PARAMETERS.map((name) => ({ ParameterName: name, ParameterValue: "1" })),
    });

    await rdsCollector.collect(context, REGION);

    expect(rds.commandCalls(DescribeEngineDefaultParametersCommand)).toHaveLength(0);
  });
});

describe("rdsCollector failed groups", () => {
  it("fails a default group that is not found", async () => {
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        { DBClusterIdentifier: "example-apg", DBClusterParameterGroup: "default.aurora8.0" },
      ],
    });
    rds
      .on(DescribeDBClusterParameterGroupsCommand, {
        DBClusterParameterGroupName: "default.aurora8.0",
      })
      .rejects(awsError("DBParameterGroupNotFoundFault", 404));

    const region = await rdsCollector.collect(context, REGION);
    const group = region.clusterParameterGroups["default.aurora8.0"];

    expect(group?.ok).toBe(false);
    if (group?.ok !== false) return;
    expect(group.error.kind).toBe("not_found");
    expect(group.error.resource).toBe("default.aurora8.0");
    expect(group.error.operation).toBe("DescribeDBClusterParameterGroups");
  });

  it("fails a group missing from the list", async () => {
    rds
      .on(DescribeDBInstancesCommand)
      .resolves({ DBInstances: [mysqlInstance("example-a", "default.mysql8.0")] });
    rds.on(DescribeDBParameterGroupsCommand).resolves({ DBParameterGroups: [] });

    const region = await rdsCollector.collect(context, REGION);
    const group = region.parameterGroups["default.mysql8.0"];

    expect(group?.ok).toBe(false);
    if (group?.ok !== false) return;
    expect(group.error.kind).toBe("not_found");
  });

  it("marks only the denied group", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [mysqlInstance("example-a"), mysqlInstance("example-b", "example-denied")],
    });
    rds
      .on(DescribeDBParametersCommand, { DBParameterGroupName: "example-denied" })
      .rejects(awsError("AccessDenied", 403));

    const region = await rdsCollector.collect(context, REGION);
    const denied = region.parameterGroups["example-denied"];

    expect(region.parameterGroups["example-mysql"]?.ok).toBe(true);
    expect(denied?.ok).toBe(false);
    if (denied?.ok !== false) return;
    expect(denied.error.kind).toBe("access_denied");
    expect(denied.error.action).toBe("rds:DescribeDBParameters");
  });
});

describe("rdsCollector declaration", () => {
  it("declares every RDS action it calls", () => {
    expect(rdsCollector.actions).toEqual(
      expect.arrayContaining([
        "rds:DescribeDBInstances",
        "rds:DescribeDBClusters",
        "rds:DescribeDBParameterGroups",
        "rds:DescribeDBClusterParameterGroups",
        "rds:DescribeDBParameters",
        "rds:DescribeDBClusterParameters",
        "rds:DescribeEngineDefaultParameters",
        "rds:DescribeEngineDefaultClusterParameters",
      ]),
    );
  });

  it("counts instances and clusters", async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [mysqlInstance("example-a")] });
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [{ DBClusterIdentifier: "example-apg", Engine: "aurora-postgresql" }],
    });

    const region = await rdsCollector.collect(context, REGION);

    expect(rdsCollector.countResources(region)).toBe(2);
  });
});
