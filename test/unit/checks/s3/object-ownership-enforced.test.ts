import { describe, expect, it } from "vitest";
import { objectOwnershipEnforced } from "../../../../src/checks/s3/object-ownership-enforced.js";
import type { S3Bucket } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok } from "../inventory-fixture.js";
import { bucket, s3Part } from "./fixtures.js";

function evaluate(...buckets: S3Bucket[]) {
  return objectOwnershipEnforced.evaluate(inventoryWith({ s3: s3Part(buckets) }));
}

describe("s3.object-ownership-enforced", () => {
  it("fails BucketOwnerPreferred", () => {
    const [finding] = evaluate(
      bucket("example-assets", { objectOwnership: ok("BucketOwnerPreferred") }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("Object Ownership BucketOwnerPreferred");
  });

  it("fails without ownership controls", () => {
    const [finding] = evaluate(bucket("example-assets", { objectOwnership: ok(null) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("OwnershipControlsNotFoundError");
    expect(finding?.evidence).toEqual({ ObjectOwnership: null });
  });

  it("passes BucketOwnerEnforced", () => {
    const [finding] = evaluate(bucket("example-assets"));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("ACLs are disabled");
  });

  it("errors when ownership controls could not be read", () => {
    const objectOwnership = denied("s3:GetBucketOwnershipControls");
    const [finding] = evaluate(bucket("example-assets", { objectOwnership }));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:GetBucketOwnershipControls");
  });

  it("is not applicable without buckets", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });
});
