import type { ParameterGroup } from "../../collect/inventory.js";
import type { Database } from "./databases.js";
import { describeDatabase } from "./evaluate-databases.js";
import { enforcesTls, enforcingValue, type TlsParameter } from "./tls-parameter.js";

/** Explains a TLS parameter that allows unencrypted connections, with the fix. */
export function tlsFailReason(
  database: Database,
  parameter: TlsParameter,
  value: string,
  ssl: string | undefined,
): string {
  const groupName = database.parameterGroup?.name ?? "";
  const groupNoun = database.parameterGroup?.noun ?? "parameter group";
  const target = enforcingValue(parameter);

  let reason =
    `${describeDatabase(database)} accepts connections without TLS: ${parameter} is ${value} ` +
    `in ${groupNoun} ${groupName}.`;
  if (ssl !== undefined && enforcesTls(ssl)) {
    reason += ` The ssl parameter is ${ssl}, which allows TLS connections but does not require them.`;
  }

  if (groupName.startsWith("default.")) {
    reason +=
      ` Default parameter groups cannot be modified: create a custom ${groupNoun} with ` +
      `${parameter} set to ${target} and attach it to ${database.resource.name}.`;
  } else {
    reason += ` Set ${parameter} to ${target} in ${groupNoun} ${groupName}.`;
  }
  return reason;
}

/**
 * Explains a TLS parameter whose value could not be read, with the command to read it. `group` is
 * absent when the parameter group itself was not collected.
 */
export function tlsUnknownReason(
  database: Database,
  parameter: TlsParameter,
  group?: ParameterGroup,
): string {
  const groupName = database.parameterGroup?.name ?? "";
  const groupNoun = database.parameterGroup?.noun ?? "parameter group";
  const defaultsError = group?.engineDefaultsError;

  let cause = `${groupNoun} ${groupName} was not collected`;
  if (group !== undefined) {
    const defaults =
      defaultsError === undefined
        ? "the engine defaults of the family do not list it"
        : `reading the engine defaults of the family failed (${defaultsError.operation}: ` +
          `${defaultsError.code})`;
    cause = `${groupNoun} ${groupName} (family ${group.family}) holds no value for it, and ${defaults}`;
  }

  const command =
    database.noun === "DB cluster"
      ? `aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name ${groupName}`
      : `aws rds describe-db-parameters --db-parameter-group-name ${groupName}`;
  const query = `--query "Parameters[?ParameterName=='${parameter}']"`;
  const commandLine = `\`${command} --region ${database.resource.region} ${query}\``;

  const next =
    defaultsError === undefined
      ? `Verify it with ${commandLine}.`
      : `Grant ${defaultsError.action} to the audit role and run the audit again, or verify it ` +
        `with ${commandLine}.`;
  return `The value of ${parameter} for ${describeDatabase(database)} is unknown: ${cause}. ${next}`;
}
