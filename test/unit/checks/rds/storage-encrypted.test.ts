import { describe, expect, it } from "vitest";
import { storageEncrypted } from "../../../../src/checks/rds/storage-encrypted.js";
import { denied, inventoryWith } from "../inventory-fixture.js";
import {
  clusterMembers,
  dbCluster,
  dbInstance,
  findingFor,
  rdsInventory,
  rdsInventoryOf,
} from "./fixtures.js";

describe("rds.storage-encrypted", () => {
  it("fails an unencrypted instance", () => {
    const instance = dbInstance({ storageEncrypted: false, kmsKeyId: undefined });
    const findings = storageEncrypted.evaluate(rdsInventory({ instances: [instance] }));

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("StorageEncrypted is false");
    expect(result.reason).toContain("copy-db-snapshot");
  });

  it("passes an encrypted instance, naming the key", () => {
    const findings = storageEncrypted.evaluate(rdsInventory({ instances: [dbInstance()] }));

    const result = findingFor(findings, "example-db");
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("key/example-key");
    expect(result.evidence.KmsKeyId).toContain("key/example-key");
  });

  it("judges a cluster, not its members", () => {
    const cluster = dbCluster({ storageEncrypted: false });
    const findings = storageEncrypted.evaluate(
      rdsInventory({
        clusters: [cluster],
        instances: clusterMembers(cluster, "default.aurora-postgresql15"),
      }),
    );

    expect(findings).toHaveLength(1);
    expect(findingFor(findings, "example-apg").status).toBe("fail");
    expect(findingFor(findings, "example-apg").reason).toContain("copy-db-cluster-snapshot");
  });

  it("reports a member whose cluster is missing", () => {
    const member = dbInstance({ id: "lost-member", clusterId: "gone-cluster" });
    const findings = storageEncrypted.evaluate(rdsInventory({ instances: [member] }));

    expect(findingFor(findings, "lost-member").status).toBe("error");
  });

  it("is not applicable without databases", () => {
    const findings = storageEncrypted.evaluate(rdsInventory({}));

    expect(findings[0]?.status).toBe("not_applicable");
  });

  it("reports a region whose listing failed", () => {
    const findings = storageEncrypted.evaluate(rdsInventoryOf(denied("rds:DescribeDBInstances")));

    expect(findings[0]?.status).toBe("error");
    expect(findings[0]?.error?.action).toBe("rds:DescribeDBInstances");
  });

  it("reports an inventory without RDS data", () => {
    const findings = storageEncrypted.evaluate(inventoryWith({}));

    expect(findings[0]?.status).toBe("error");
  });
});
