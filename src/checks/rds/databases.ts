import type { Collected } from "../../collect/collected.js";
import type { DbCluster, DbInstance, ParameterGroup, RdsRegion } from "../../collect/inventory.js";
import type { ResourceRef } from "../check.js";

/**
 * A database as RDS settings apply to it: a DB cluster (Aurora or Multi-AZ), whose cluster-level
 * settings govern every member instance, or a standalone DB instance.
 */
export interface Database {
  resource: ResourceRef;
  /** Resource kind, as reasons name it. */
  noun: "DB cluster" | "DB instance";
  engine: string;
  engineVersion: string;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  enabledLogExports: string[];
  /** Absent when RDS reported no parameter group for the database. */
  parameterGroup?: ParameterGroupRef;
}

/** Parameter group that contains a database's settings, with its collected contents. */
export interface ParameterGroupRef {
  noun: "DB cluster parameter group" | "DB parameter group";
  name: string;
  /** e.g. `in-sync` or `pending-reboot`. */
  applyStatus?: string;
  /** Absent when the collector did not record the group at all. */
  contents?: Collected<ParameterGroup>;
}

/** The databases of one region, plus cluster members whose cluster was not returned. */
export interface RegionDatabases {
  databases: Database[];
  /** Instances naming a DB cluster that DescribeDBClusters did not return. */
  orphanMembers: DbInstance[];
}

/** Splits a region's RDS data into the databases that checks judge. */
export function databasesOf(rds: RdsRegion, region: string): RegionDatabases {
  const clusterIds = new Set(rds.clusters.map((cluster) => cluster.id));

  const standalone = rds.instances.filter((instance) => instance.clusterId === undefined);
  const orphanMembers = rds.instances.filter(
    (instance) => instance.clusterId !== undefined && !clusterIds.has(instance.clusterId),
  );

  const databases = [
    ...rds.clusters.map((cluster) => fromCluster(cluster, rds, region)),
    ...standalone.map((instance) => fromInstance(instance, rds, region)),
  ];
  return { databases, orphanMembers };
}

export function instanceRef(instance: DbInstance, region: string): ResourceRef {
  return { arn: instance.arn, type: "AWS::RDS::DBInstance", region, name: instance.id };
}

function fromCluster(cluster: DbCluster, rds: RdsRegion, region: string): Database {
  return {
    resource: { arn: cluster.arn, type: "AWS::RDS::DBCluster", region, name: cluster.id },
    noun: "DB cluster",
    engine: cluster.engine,
    engineVersion: cluster.engineVersion,
    storageEncrypted: cluster.storageEncrypted,
    kmsKeyId: cluster.kmsKeyId,
    enabledLogExports: cluster.enabledLogExports,
    parameterGroup:
      cluster.parameterGroup === ""
        ? undefined
        : {
            noun: "DB cluster parameter group",
            name: cluster.parameterGroup,
            applyStatus: cluster.parameterApplyStatus,
            contents: rds.clusterParameterGroups[cluster.parameterGroup],
          },
  };
}

function fromInstance(instance: DbInstance, rds: RdsRegion, region: string): Database {
  // RDS attaches one DB parameter group to an instance, although the API reports it in a list.
  const membership = instance.parameterGroups.find((group) => group.name !== "");

  return {
    resource: instanceRef(instance, region),
    noun: "DB instance",
    engine: instance.engine,
    engineVersion: instance.engineVersion,
    storageEncrypted: instance.storageEncrypted,
    kmsKeyId: instance.kmsKeyId,
    enabledLogExports: instance.enabledLogExports,
    parameterGroup: membership && {
      noun: "DB parameter group",
      name: membership.name,
      applyStatus: membership.applyStatus,
      contents: rds.parameterGroups[membership.name],
    },
  };
}
