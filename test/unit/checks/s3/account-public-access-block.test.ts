import { describe, expect, it } from "vitest";
import { accountPublicAccessBlock } from "../../../../src/checks/s3/account-public-access-block.js";
import type { S3Inventory } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, denied, inventoryWith, ok } from "../inventory-fixture.js";
import { ALL_BLOCKED, bucket, s3Part } from "./fixtures.js";

function evaluate(setting: S3Inventory["accountPublicAccessBlock"]) {
  return accountPublicAccessBlock.evaluate(
    inventoryWith({ s3: s3Part([bucket("example-assets")], setting) }),
  );
}

describe("s3.account-public-access-block", () => {
  it("fails without a configuration", () => {
    const [finding] = evaluate(ok(null));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("no account-level Block Public Access configuration");
    expect(finding?.evidence.PublicAccessBlockConfiguration).toBeNull();
  });

  it("fails with a setting off", () => {
    const [finding] = evaluate(ok({ ...ALL_BLOCKED, restrictPublicBuckets: false }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("RestrictPublicBuckets is off");
  });

  it("passes with all four settings on", () => {
    const [finding] = evaluate(ok(ALL_BLOCKED));

    expect(finding?.status).toBe("pass");
    expect(finding?.resource.type).toBe("AWS::S3::AccountPublicAccessBlock");
    expect(finding?.evidence).toEqual({
      AccountId: ACCOUNT_ID,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it("returns one finding for the account", () => {
    const findings = accountPublicAccessBlock.evaluate(
      inventoryWith({ s3: s3Part([bucket("example-a"), bucket("example-b")]) }),
    );

    expect(findings).toHaveLength(1);
  });

  it("errors when the setting could not be read", () => {
    const [finding] = evaluate(denied("s3:GetAccountPublicAccessBlock", "us-east-1"));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:GetAccountPublicAccessBlock");
  });

  it("errors when the buckets could not be listed", () => {
    const [finding] = accountPublicAccessBlock.evaluate(
      inventoryWith({ s3: denied("s3:ListAllMyBuckets", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("s3:ListAllMyBuckets");
  });
});
