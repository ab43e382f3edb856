import type { Check, Finding } from "../check.js";
import { finding } from "../finding.js";
import type { Database } from "./databases.js";
import { describeDatabase, evaluateDatabases } from "./evaluate-databases.js";

/** Every DB cluster and standalone DB instance encrypts its storage at rest with a KMS key. */
export const storageEncrypted: Check = {
  id: "rds.storage-encrypted",
  title: "RDS databases encrypt their storage at rest",
  severity: "medium",
  references: { cwe: ["CWE-311"], asvs: ["V6.1.1"], securityHub: ["RDS.3", "RDS.27"] },
  inputs: ["rds"],
  remediation:
    "Storage encryption can only be chosen at creation: copy a snapshot of the database with " +
    "--kms-key-id set, restore a new encrypted database from the copy, and move clients to it.",
  evaluate: (inventory) => evaluateDatabases(storageEncrypted, inventory, judgeEncryption),
};

function judgeEncryption(database: Database): Finding {
  const { resource, kmsKeyId } = database;
  const evidence = { StorageEncrypted: database.storageEncrypted, KmsKeyId: kmsKeyId };

  if (!database.storageEncrypted) {
    const snapshotCommand =
      database.noun === "DB cluster" ? "copy-db-cluster-snapshot" : "copy-db-snapshot";
    const reason =
      `${describeDatabase(database)} does not encrypt its storage: StorageEncrypted is false. ` +
      `Encryption cannot be turned on for an existing database: copy a snapshot with aws rds ` +
      `${snapshotCommand} --kms-key-id <key>, restore from the copy, and move clients to it.`;
    return finding(storageEncrypted, resource, "fail", reason, evidence);
  }

  const key = kmsKeyId === undefined ? "a KMS key that RDS did not name" : `KMS key ${kmsKeyId}`;
  const reason = `${describeDatabase(database)} encrypts its storage with ${key}.`;
  return finding(storageEncrypted, resource, "pass", reason, evidence);
}
