import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBInstanceCommand,
  CreateDBSubnetGroupCommand,
  ModifyDBClusterParameterGroupCommand,
} from "@aws-sdk/client-rds";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededDataKey } from "./kms.js";
import type { SeededNetwork } from "./network.js";

const ENGINE = "aurora-postgresql";
const ENGINE_VERSION = "15.4";
const PARAMETER_GROUP_FAMILY = "aurora-postgresql15";
const INSTANCE_CLASS = "db.r6g.large";

export interface SeededDatabase {
  clusterIdentifier: string;
  clusterArn: string;
  instanceIdentifier: string;
  instanceArn: string;
  clusterParameterGroupName: string;
  subnetGroupName: string;
}

/**
 * Creates the Aurora PostgreSQL cluster and one member instance. The cluster uses a custom
 * cluster parameter group with rds.force_ssl set explicitly, because the emulator cannot
 * describe the default.* groups a cluster would otherwise point at.
 */
export async function seedDatabase(
  context: SeedContext,
  network: SeededNetwork,
  dataKey: SeededDataKey | undefined,
): Promise<SeededDatabase> {
  const { rds } = context.clients;
  const { names } = context;
  const secure = context.variant === "secure";

  await Promise.all([
    createClusterParameterGroup(context),
    rds.send(
      new CreateDBSubnetGroupCommand({
        DBSubnetGroupName: names.databaseSubnetGroup,
        DBSubnetGroupDescription: "webshop database subnets",
        SubnetIds: network.subnetIds,
      }),
    ),
  ]);

  const cluster = await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: names.databaseCluster,
      Engine: ENGINE,
      EngineVersion: ENGINE_VERSION,
      DatabaseName: "webshop",
      MasterUsername: "webshop_admin",
      MasterUserPassword: "seed-only-not-a-secret",
      DBClusterParameterGroupName: names.clusterParameterGroup,
      DBSubnetGroupName: names.databaseSubnetGroup,
      VpcSecurityGroupIds: [network.databaseSecurityGroupId],
      StorageEncrypted: secure,
      ...(secure ? { KmsKeyId: secureInput(dataKey, "KMS key").keyArn } : {}),
      ...(secure ? { EnableCloudwatchLogsExports: ["postgresql"] } : {}),
      DeletionProtection: secure,
      BackupRetentionPeriod: secure ? 7 : 1,
    }),
  );

  const instance = await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: names.databaseInstance,
      DBClusterIdentifier: names.databaseCluster,
      Engine: ENGINE,
      DBInstanceClass: INSTANCE_CLASS,
      PubliclyAccessible: false,
    }),
  );

  return {
    clusterIdentifier: names.databaseCluster,
    clusterArn: required(cluster.DBCluster?.DBClusterArn, "DB cluster ARN"),
    instanceIdentifier: names.databaseInstance,
    instanceArn: required(instance.DBInstance?.DBInstanceArn, "DB instance ARN"),
    clusterParameterGroupName: names.clusterParameterGroup,
    subnetGroupName: names.databaseSubnetGroup,
  };
}

/** Creates the custom group and sets rds.force_ssl: "0" accepts plaintext, "1" requires TLS. */
async function createClusterParameterGroup(context: SeedContext): Promise<void> {
  const { rds } = context.clients;
  const name = context.names.clusterParameterGroup;

  await rds.send(
    new CreateDBClusterParameterGroupCommand({
      DBClusterParameterGroupName: name,
      DBParameterGroupFamily: PARAMETER_GROUP_FAMILY,
      Description: "webshop Aurora PostgreSQL 15 cluster parameters",
    }),
  );

  await rds.send(
    new ModifyDBClusterParameterGroupCommand({
      DBClusterParameterGroupName: name,
      Parameters: [
        {
          ParameterName: "rds.force_ssl",
          ParameterValue: context.variant === "secure" ? "1" : "0",
          ApplyMethod: "immediate",
        },
      ],
    }),
  );
}
