import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../../src/checks/settings.js";
import { policyCrossAccount } from "../../../../src/checks/sns/policy-cross-account.js";
import type { SnsTopic } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { DEFAULT_TOPIC_STATEMENT, TOPIC_ARN, topic, withPolicy } from "./fixtures.js";

const OTHER_ACCOUNT = "444455556666";

const SUBSCRIBE_FROM_OTHER_ACCOUNT = {
  Sid: "PartnerSubscribe",
  Effect: "Allow",
  Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
  Action: "sns:Subscribe",
  Resource: TOPIC_ARN,
};

function evaluate(topics: SnsTopic[], trustedAccountIds: string[] = []) {
  const inventory = inventoryWith({ sns: { [REGION]: ok(topics) } });
  return policyCrossAccount.evaluate(inventory, { ...DEFAULT_SETTINGS, trustedAccountIds });
}

describe("sns.policy-cross-account", () => {
  it("fails a subscription grant to another account", () => {
    const policy = withPolicy(DEFAULT_TOPIC_STATEMENT, SUBSCRIBE_FROM_OTHER_ACCOUNT);
    const [finding] = evaluate([topic("example-topic", policy)]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(`If account ${OTHER_ACCOUNT} is expected`);
    expect(finding?.evidence.CrossAccountGrants).toHaveLength(1);
  });

  it("passes the same grant to a trusted account", () => {
    const policy = withPolicy(DEFAULT_TOPIC_STATEMENT, SUBSCRIBE_FROM_OTHER_ACCOUNT);
    const [finding] = evaluate([topic("example-topic", policy)], [OTHER_ACCOUNT]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(`trusted accounts ${OTHER_ACCOUNT}`);
  });

  it("fails EventBridge publishing without a source condition", () => {
    const grant = {
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: "sns:Publish",
      Resource: TOPIC_ARN,
    };
    const [finding] = evaluate([
      topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT, grant)),
    ]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("any account's EventBridge rules can use it");
    expect(finding?.evidence.CrossAccountGrants).toEqual([
      expect.objectContaining({ principal: "events.amazonaws.com", source: "any-account-service" }),
    ]);
  });

  it("passes EventBridge publishing from the owner's rules", () => {
    const grant = {
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: "sns:Publish",
      Resource: TOPIC_ARN,
      Condition: { ArnLike: { "aws:SourceArn": `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/*` } },
    };
    const [finding] = evaluate([
      topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT, grant)),
    ]);

    expect(finding?.status).toBe("pass");
  });

  it("passes the default topic policy", () => {
    const [finding] = evaluate([topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT))]);

    expect(finding?.status).toBe("pass");
  });

  it("errors when the attributes were denied", () => {
    const [finding] = evaluate([topic("example-topic", denied("sns:GetTopicAttributes"))]);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sns:GetTopicAttributes");
  });

  it("is not applicable without topics", () => {
    const [finding] = evaluate([]);

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the listing failed", () => {
    const inventory = inventoryWith({ sns: { [REGION]: denied("sns:ListTopics") } });
    const [finding] = policyCrossAccount.evaluate(inventory);

    expect(finding?.status).toBe("error");
  });
});
