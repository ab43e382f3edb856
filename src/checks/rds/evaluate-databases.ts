import type { DbInstance, Inventory } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { databasesOf, instanceRef, type Database } from "./databases.js";

/**
 * Runs `judge` on every DB cluster and standalone DB instance of every audited region. A region
 * whose RDS data is missing or failed yields one `error` finding, and a region without databases
 * one `not_applicable` finding.
 */
export function evaluateDatabases(
  check: Check,
  inventory: Inventory,
  judge: (database: Database) => Finding,
): Finding[] {
  const scopeOf = (region: string) =>
    regionScope("rds", region, inventory.accountId, "AWS::RDS::DBInstance");

  return evaluateRegions(check, inventory, "rds", inventory.parts.rds, scopeOf, (region, rds) => {
    const { databases, orphanMembers } = databasesOf(rds, region);
    if (databases.length === 0 && orphanMembers.length === 0) {
      return [notApplicable(check, scopeOf(region), "DB instances or DB clusters")];
    }

    const orphanFindings = orphanMembers.map((instance) => orphanFinding(check, instance, region));
    return [...databases.map(judge), ...orphanFindings];
  });
}

function orphanFinding(check: Check, instance: DbInstance, region: string): Finding {
  const reason =
    `DB instance ${instance.id} is a member of DB cluster ${instance.clusterId}, but ` +
    `DescribeDBClusters in ${region} did not return that cluster, so the cluster settings that ` +
    `apply to ${instance.id} could not be read. Run the audit again; if this persists, check ` +
    `that the audit role may call rds:DescribeDBClusters.`;
  return finding(check, instanceRef(instance, region), "error", reason, {
    DBClusterIdentifier: instance.clusterId,
  });
}

/** Names a database with its engine for reasons, e.g. `DB cluster shop (aurora-postgresql 15.4)`. */
export function describeDatabase(database: Database): string {
  const name = database.resource.name ?? database.resource.arn;
  return `${database.noun} ${name} (${database.engine} ${database.engineVersion})`;
}
