import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import type { Database } from "./databases.js";
import { describeDatabase, evaluateDatabases } from "./evaluate-databases.js";

/**
 * Every DB cluster and standalone DB instance exports its engine's security-relevant logs to
 * CloudWatch Logs.
 */
export const logExports: Check = {
  id: "rds.log-exports",
  title: "RDS databases export their logs to CloudWatch Logs",
  severity: "medium",
  references: {
    cwe: ["CWE-778"],
    asvs: ["V7.1.3"],
    securityHub: ["RDS.9", "RDS.34", "RDS.36", "RDS.37", "RDS.40", "RDS.42"],
  },
  inputs: ["rds"],
  remediation:
    "Enable the missing log types under Log exports when modifying the DB cluster or DB instance, " +
    "or with --cloudwatch-logs-export-configuration on modify-db-cluster or modify-db-instance.",
  evaluate: (inventory) => evaluateDatabases(logExports, inventory, judgeLogExports),
};

/**
 * Returns the log types `engine` must export, or undefined for engines this audit does not know.
 * NOTE: an exported log contains only what the engine writes. The MySQL and MariaDB audit log needs
 * the MARIADB_AUDIT_PLUGIN option and Aurora MySQL needs server_audit_logging=1, but this check
 * reads the export setting only.
 */
function requiredLogTypes(engine: string): string[] | undefined {
  if (engine === "postgres" || engine === "aurora-postgresql") return ["postgresql"];
  if (engine === "mysql" || engine === "mariadb") return ["audit", "error", "general", "slowquery"];
  if (engine === "aurora-mysql") return ["audit"];
  if (engine.startsWith("oracle-") || engine.startsWith("custom-oracle")) return ["alert", "audit"];
  if (engine.startsWith("sqlserver-")) return ["error", "agent"];
  return undefined;
}

function judgeLogExports(database: Database): Finding {
  const { resource, enabledLogExports } = database;
  const enabled = enabledLogExports.length > 0 ? enabledLogExports.join(", ") : "none";
  const required = requiredLogTypes(database.engine);
  const evidence = {
    Engine: database.engine,
    EnabledCloudwatchLogsExports: enabledLogExports,
    RequiredLogTypes: required,
  };

  if (required === undefined) {
    const reason =
      `${describeDatabase(database)} runs an engine for which this audit knows no required log ` +
      `types. Its log exports are: ${enabled}. Verify that the logs recording connections and ` +
      `audit events are exported to CloudWatch Logs.`;
    return finding(logExports, resource, "manual", reason, evidence);
  }

  const missing = required.filter((type) => !enabledLogExports.includes(type));
  if (missing.length > 0) {
    const command =
      database.noun === "DB cluster"
        ? `modify-db-cluster --db-cluster-identifier ${resource.name}`
        : `modify-db-instance --db-instance-identifier ${resource.name}`;
    const reason =
      `${describeDatabase(database)} does not export these logs to CloudWatch Logs: ` +
      `${missing.join(", ")}. Its log exports are: ${enabled}. Enable them with aws rds ` +
      `${command} --cloudwatch-logs-export-configuration ` +
      `'{"EnableLogTypes":${JSON.stringify(missing)}}'.`;
    return finding(logExports, resource, "fail", reason, evidence);
  }

  const reason =
    `${describeDatabase(database)} exports the required logs to CloudWatch Logs ` +
    `(${required.join(", ")}); its log exports are: ${enabled}.`;
  return finding(logExports, resource, "pass", reason, evidence);
}
