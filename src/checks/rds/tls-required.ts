import type { ParameterGroup } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import type { Database, ParameterGroupRef } from "./databases.js";
import { describeDatabase, evaluateDatabases } from "./evaluate-databases.js";
import {
  enforcesTls,
  manualTlsVerification,
  tlsParameterFor,
  type TlsParameter,
} from "./tls-parameter.js";
import { tlsFailReason, tlsUnknownReason } from "./tls-reasons.js";

/**
 * Every DB cluster and standalone DB instance rejects connections without TLS: `rds.force_ssl`
 * (PostgreSQL, SQL Server) or `require_secure_transport` (MySQL, MariaDB) is on in the parameter
 * group in force, which is the DB cluster parameter group for cluster members.
 */
export const tlsRequired: Check = {
  id: "rds.tls-required",
  title: "RDS databases require TLS for every connection",
  severity: "high",
  references: { cwe: ["CWE-319"], asvs: ["V9.2.2"], securityHub: ["RDS.38", "RDS.39", "RDS.41"] },
  inputs: ["rds"],
  remediation:
    "Set rds.force_ssl to 1 (PostgreSQL, SQL Server) or require_secure_transport to ON (MySQL, " +
    "MariaDB) in a custom parameter group attached to the database: the DB cluster parameter " +
    "group for Aurora and Multi-AZ DB clusters, the DB parameter group for other instances.",
  evaluate: (inventory) => evaluateDatabases(tlsRequired, inventory, judgeTls),
};

/** Finds and reads the parameter group in force, then passes it to `judgeParameter`. */
function judgeTls(database: Database): Finding {
  const { resource, parameterGroup } = database;
  const parameter = tlsParameterFor(database.engine);
  const evidence: Record<string, unknown> = {
    Engine: database.engine,
    EngineVersion: database.engineVersion,
  };

  if (parameter === undefined) {
    const reason =
      `${describeDatabase(database)} has no TLS parameter this audit can read. ` +
      manualTlsVerification(database.engine);
    return finding(tlsRequired, resource, "manual", reason, evidence);
  }
  if (parameterGroup === undefined) {
    const reason =
      `${describeDatabase(database)} reports no parameter group, so whether it requires TLS is ` +
      `unknown. Check its parameter group in the RDS console.`;
    return finding(tlsRequired, resource, "error", reason, evidence);
  }

  const groupField =
    database.noun === "DB cluster" ? "DBClusterParameterGroup" : "DBParameterGroupName";
  evidence[groupField] = parameterGroup.name;
  evidence.ParameterApplyStatus = parameterGroup.applyStatus;

  const contents = parameterGroup.contents;
  if (contents === undefined) {
    const reason = tlsUnknownReason(database, parameter);
    return finding(tlsRequired, resource, "error", reason, evidence);
  }
  if (!contents.ok) return errorFinding(tlsRequired, resource, contents.error);
  return judgeParameter(database, parameterGroup, contents.value, parameter, evidence);
}

function judgeParameter(
  database: Database,
  groupRef: ParameterGroupRef,
  group: ParameterGroup,
  parameter: TlsParameter,
  evidence: Record<string, unknown>,
): Finding {
  const { resource } = database;
  const { value, source } = group.parameters[parameter] ?? {};
  const ssl = parameter === "rds.force_ssl" ? group.parameters.ssl?.value : undefined;
  evidence.DBParameterGroupFamily = group.family;
  evidence[parameter] = value ?? null;
  evidence.Source = source ?? null;
  if (ssl !== undefined) evidence.ssl = ssl;

  if (value === undefined) {
    const reason = tlsUnknownReason(database, parameter, group);
    const unknown = finding(tlsRequired, resource, "error", reason, evidence);
    return group.engineDefaultsError ? { ...unknown, error: group.engineDefaultsError } : unknown;
  }
  if (!enforcesTls(value)) {
    const reason = tlsFailReason(database, parameter, value, ssl);
    return finding(tlsRequired, resource, "fail", reason, evidence);
  }

  const setting =
    `${groupRef.noun} ${groupRef.name} sets ${parameter} to ${value} ` +
    `(source: ${source ?? "not reported"})`;
  if (groupRef.applyStatus === "pending-reboot") {
    const reason =
      `${describeDatabase(database)}: ${setting}, but the apply status of the group is ` +
      `pending-reboot, so the value is not in force until the database restarts. Reboot ` +
      `${resource.name} or wait for its next maintenance reboot, then run the audit again.`;
    return finding(tlsRequired, resource, "manual", reason, evidence);
  }

  const reason = `${describeDatabase(database)} requires TLS: ${setting}.`;
  return finding(tlsRequired, resource, "pass", reason, evidence);
}
