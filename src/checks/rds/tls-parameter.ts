/** Parameters with which RDS engines reject connections that do not use TLS. */
export type TlsParameter = "rds.force_ssl" | "require_secure_transport";

/** Returns the parameter that enforces TLS on `engine`, or undefined when the engine has none. */
export function tlsParameterFor(engine: string): TlsParameter | undefined {
  if (engine === "postgres" || engine === "aurora-postgresql" || engine.startsWith("sqlserver-")) {
    return "rds.force_ssl";
  }
  if (engine === "mysql" || engine === "mariadb" || engine === "aurora-mysql") {
    return "require_secure_transport";
  }
  return undefined;
}

/** RDS reports these parameters as `1`/`0` or `ON`/`OFF` depending on the engine. */
export function enforcesTls(value: string): boolean {
  return ["1", "on", "true"].includes(value.trim().toLowerCase());
}

/** Returns the value to set in a fix, in the spelling the engine's documentation uses. */
export function enforcingValue(parameter: TlsParameter): string {
  return parameter === "rds.force_ssl" ? "1" : "ON";
}

/** Says what to verify by hand for an engine that has no TLS-enforcing parameter. */
export function manualTlsVerification(engine: string): string {
  if (engine.startsWith("oracle-") || engine.startsWith("custom-oracle")) {
    return (
      "Oracle sets up TLS through the SSL option of the DB instance's option group, which this " +
      "audit does not read. Verify that the option group has the SSL option and that the " +
      "security groups do not allow the plain TCP listener port, or that the " +
      "NATIVE_NETWORK_ENCRYPTION option sets SQLNET.ENCRYPTION_SERVER to REQUIRED."
    );
  }
  return (
    `This audit knows no parameter that enforces TLS on engine ${engine}. Verify in the ` +
    "engine's documentation how it rejects unencrypted connections, and that this database does."
  );
}
