import type { Collected } from "../../../../src/collect/collected.js";
import type {
  DbCluster,
  DbInstance,
  DbParameter,
  Inventory,
  ParameterGroup,
  RdsRegion,
} from "../../../../src/collect/inventory.js";
import type { Finding } from "../../../../src/checks/check.js";
import { ACCOUNT_ID, inventoryWith, ok, REGION } from "../inventory-fixture.js";

const ARN_PREFIX = `arn:aws:rds:${REGION}:${ACCOUNT_ID}`;

/** Builds a standalone PostgreSQL 15 DB instance on the default DB parameter group. */
export function dbInstance(overrides: Partial<DbInstance> = {}): DbInstance {
  const id = overrides.id ?? "example-db";
  return {
    arn: `${ARN_PREFIX}:db:${id}`,
    id,
    engine: "postgres",
    engineVersion: "15.7",
    storageEncrypted: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/example-key`,
    enabledLogExports: ["postgresql"],
    parameterGroups: [{ name: "default.postgres15", applyStatus: "in-sync" }],
    ...overrides,
  };
}

/** Builds an Aurora PostgreSQL 15 DB cluster on DB cluster parameter group `example-apg-cluster-pg`. */
export function dbCluster(overrides: Partial<DbCluster> = {}): DbCluster {
  const id = overrides.id ?? "example-apg";
  return {
    arn: `${ARN_PREFIX}:cluster:${id}`,
    id,
    engine: "aurora-postgresql",
    engineVersion: "15.4",
    kind: "aurora",
    storageEncrypted: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/example-key`,
    enabledLogExports: ["postgresql"],
    parameterGroup: "example-apg-cluster-pg",
    parameterApplyStatus: "in-sync",
    memberIds: [],
    ...overrides,
  };
}

/** Builds the member instances of `cluster`, each on DB parameter group `groupName`. */
export function clusterMembers(cluster: DbCluster, groupName: string, count = 2): DbInstance[] {
  return Array.from({ length: count }, (_, index) =>
    dbInstance({
      id: `${cluster.id}-instance-${index + 1}`,
      engine: cluster.engine,
      engineVersion: cluster.engineVersion,
      clusterId: cluster.id,
      enabledLogExports: [],
      parameterGroups: [{ name: groupName, applyStatus: "in-sync" }],
    }),
  );
}

/** Builds a parameter group. A string value is a parameter with source `user`. */
export function parameterGroup(
  name: string,
  family: string,
  parameters: Record<string, string | DbParameter> = {},
): ParameterGroup {
  const entries = Object.entries(parameters).map(([key, parameter]) => [
    key,
    typeof parameter === "string" ? { value: parameter, source: "user" } : parameter,
  ]);
  return { name, family, parameters: Object.fromEntries(entries) as Record<string, DbParameter> };
}

/** Builds an inventory whose only RDS region contains `region`, with empty lists where not given. */
export function rdsInventory(region: Partial<RdsRegion>): Inventory {
  return rdsInventoryOf(ok(rdsRegion(region)));
}

export function rdsInventoryOf(part: Collected<RdsRegion>): Inventory {
  return inventoryWith({ rds: { [REGION]: part } });
}

export function rdsRegion(region: Partial<RdsRegion>): RdsRegion {
  return {
    instances: [],
    clusters: [],
    parameterGroups: {},
    clusterParameterGroups: {},
    ...region,
  };
}

/** Returns the one finding about the resource named `name`, failing when there is not exactly one. */
export function findingFor(findings: Finding[], name: string): Finding {
  const matches = findings.filter((candidate) => candidate.resource.name === name);
  if (matches.length !== 1 || matches[0] === undefined) {
    throw new Error(`expected one finding for ${name}, got ${matches.length}`);
  }
  return matches[0];
}
