import { distinctPages } from "./pages.js";
import {
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  type DBCluster,
  type DBClusterMember,
  type DBInstance,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { actionsFor } from "../aws/read-operations.js";
import type { Collected } from "./collected.js";
import { mapConcurrently, type Collector } from "./collector.js";
import type { DbCluster, DbInstance, ParameterGroup } from "./inventory.js";
import { ParameterGroupReader } from "./rds-parameters.js";

/**
 * DescribeDBInstances and DescribeDBClusters also return Amazon Neptune and Amazon DocumentDB
 * resources, which share the RDS API but have their own TLS settings and are not audited here.
 */
const OTHER_SERVICE_ENGINES = new Set(["neptune", "docdb"]);

/**
 * Reads every DB instance and DB cluster of a region, and each parameter group they use once:
 * DB parameter groups of instances (cluster members included) and DB cluster parameter groups.
 */
export const rdsCollector: Collector<"rds"> = {
  part: "rds",
  service: "rds",
  scope: "regional",
  label: "RDS",
  actions: actionsFor("rds", [
    "DescribeDBInstances",
    "DescribeDBClusters",
    "DescribeDBParameterGroups",
    "DescribeDBClusterParameterGroups",
    "DescribeDBParameters",
    "DescribeDBClusterParameters",
    "DescribeEngineDefaultParameters",
    "DescribeEngineDefaultClusterParameters",
  ]),

  async collect(context, region) {
    const client = context.clients.get("rds", region);
    const [instances, clusters] = await Promise.all([listInstances(client), listClusters(client)]);

    const reader = new ParameterGroupReader(client, region);
    // Members of Aurora and Multi-AZ DB clusters take their TLS setting from the DB cluster
    // parameter group, so only standalone instances need their DB parameter groups read.
    const instanceGroupNames = instances
      .filter((instance) => instance.clusterId === undefined)
      .flatMap((instance) => instance.parameterGroups.map((group) => group.name));
    const clusterGroupNames = clusters.map((cluster) => cluster.parameterGroup);
    const [parameterGroups, clusterParameterGroups] = await Promise.all([
      readGroups(instanceGroupNames, (name) => reader.readDbParameterGroup(name)),
      readGroups(clusterGroupNames, (name) => reader.readClusterParameterGroup(name)),
    ]);

    return { instances, clusters, parameterGroups, clusterParameterGroups };
  },

  countResources: (value) => value.instances.length + value.clusters.length,
};

async function listInstances(client: RDSClient): Promise<DbInstance[]> {
  const instances: DbInstance[] = [];
  const pages = distinctPages(
    paginateDescribeDBInstances({ client, stopOnSameToken: true }, {}),
    "rds",
    "DescribeDBInstances",
  );
  for await (const page of pages) {
    for (const instance of page.DBInstances ?? []) {
      if (!OTHER_SERVICE_ENGINES.has(instance.Engine ?? "")) instances.push(toDbInstance(instance));
    }
  }
  return instances;
}

async function listClusters(client: RDSClient): Promise<DbCluster[]> {
  const clusters: DbCluster[] = [];
  const pages = distinctPages(
    paginateDescribeDBClusters({ client, stopOnSameToken: true }, {}),
    "rds",
    "DescribeDBClusters",
  );
  for await (const page of pages) {
    for (const cluster of page.DBClusters ?? []) {
      if (!OTHER_SERVICE_ENGINES.has(cluster.Engine ?? "")) clusters.push(toDbCluster(cluster));
    }
  }
  return clusters;
}

/** Reads each distinct, non-empty group name once and keys the results by name. */
async function readGroups(
  names: string[],
  read: (name: string) => Promise<Collected<ParameterGroup>>,
): Promise<Record<string, Collected<ParameterGroup>>> {
  const distinct = [...new Set(names)].filter((name) => name !== "");
  const groups = await mapConcurrently(distinct, async (name) => [name, await read(name)] as const);
  return Object.fromEntries(groups);
}

function toDbInstance(instance: DBInstance): DbInstance {
  const result: DbInstance = {
    arn: instance.DBInstanceArn ?? "",
    id: instance.DBInstanceIdentifier ?? "",
    engine: instance.Engine ?? "",
    engineVersion: instance.EngineVersion ?? "",
    storageEncrypted: instance.StorageEncrypted ?? false,
    enabledLogExports: instance.EnabledCloudwatchLogsExports ?? [],
    parameterGroups: (instance.DBParameterGroups ?? []).map((group) => ({
      name: group.DBParameterGroupName ?? "",
      applyStatus: group.ParameterApplyStatus ?? "",
    })),
  };
  if (instance.DBClusterIdentifier !== undefined) result.clusterId = instance.DBClusterIdentifier;
  if (instance.KmsKeyId !== undefined) result.kmsKeyId = instance.KmsKeyId;
  // Aurora members may come back with PubliclyAccessible null; keep that as unknown.
  if (typeof instance.PubliclyAccessible === "boolean") {
    result.publiclyAccessible = instance.PubliclyAccessible;
  }
  return result;
}

function toDbCluster(cluster: DBCluster): DbCluster {
  const engine = cluster.Engine ?? "";
  const members = cluster.DBClusterMembers ?? [];
  const result: DbCluster = {
    arn: cluster.DBClusterArn ?? "",
    id: cluster.DBClusterIdentifier ?? "",
    engine,
    engineVersion: cluster.EngineVersion ?? "",
    kind: engine.startsWith("aurora") ? "aurora" : "multi-az",
    storageEncrypted: cluster.StorageEncrypted ?? false,
    enabledLogExports: cluster.EnabledCloudwatchLogsExports ?? [],
    parameterGroup: cluster.DBClusterParameterGroup ?? "",
    memberIds: members
      .map((member) => member.DBInstanceIdentifier)
      .filter((id): id is string => id !== undefined),
  };
  if (cluster.KmsKeyId !== undefined) result.kmsKeyId = cluster.KmsKeyId;

  const applyStatus = clusterApplyStatus(members);
  if (applyStatus !== undefined) result.parameterApplyStatus = applyStatus;
  return result;
}

/**
 * Picks the apply status of the cluster parameter group across the members. A status other than
 * `in-sync` wins, so a change still pending on one member is not hidden by the others.
 */
function clusterApplyStatus(members: DBClusterMember[]): string | undefined {
  const statuses = members
    .map((member) => member.DBClusterParameterGroupStatus)
    .filter((status): status is string => status !== undefined);
  return statuses.find((status) => status !== "in-sync") ?? statuses[0];
}
