import { describe, expect, it } from "vitest";
import { encryptionAtRest } from "../../../../src/checks/sns/encryption-at-rest.js";
import type { SnsTopic } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { topic } from "./fixtures.js";

function evaluate(...topics: SnsTopic[]) {
  return encryptionAtRest.evaluate(inventoryWith({ sns: { [REGION]: ok(topics) } }));
}

describe("sns.encryption-at-rest", () => {
  it("fails a topic without a KMS key", () => {
    const [finding] = evaluate(topic("example-events", ok({ DeliveryPolicy: "" })));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("has no KmsMasterKeyId");
  });

  it("passes a customer managed key", () => {
    const [finding] = evaluate(
      topic("example-events", ok({ KmsMasterKeyId: "alias/example-events" })),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence).toEqual({
      KmsMasterKeyId: "alias/example-events",
      AwsManagedKey: false,
    });
  });

  it("passes the AWS managed key and names it", () => {
    const [finding] = evaluate(topic("example-events", ok({ KmsMasterKeyId: "alias/aws/sns" })));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("AWS managed key alias/aws/sns");
    expect(finding?.evidence).toMatchObject({ AwsManagedKey: true });
  });

  it("errors when attributes could not be read", () => {
    const [finding] = evaluate(topic("example-events", denied("sns:GetTopicAttributes")));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sns:GetTopicAttributes");
  });

  it("errors when the listing failed", () => {
    const [finding] = encryptionAtRest.evaluate(
      inventoryWith({ sns: { [REGION]: denied("sns:ListTopics") } }),
    );

    expect(finding?.status).toBe("error");
  });

  it("is not applicable without topics", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });
});
