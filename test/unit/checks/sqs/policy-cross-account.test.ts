import { describe, expect, it } from "vitest";
import { policyCrossAccount } from "../../../../src/checks/sqs/policy-cross-account.js";
import { DEFAULT_SETTINGS } from "../../../../src/checks/settings.js";
import type { SqsQueue } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { QUEUE_ARN, queue, withPolicy } from "./fixtures.js";

const OTHER_ACCOUNT = "444455556666";

function evaluate(queues: SqsQueue[], trustedAccountIds: string[] = []) {
  const inventory = inventoryWith({ sqs: { [REGION]: ok(queues) } });
  return policyCrossAccount.evaluate(inventory, { ...DEFAULT_SETTINGS, trustedAccountIds });
}

function allowTo(principal: unknown, condition?: Record<string, unknown>) {
  return {
    Effect: "Allow",
    Principal: principal,
    Action: "sqs:*",
    Resource: QUEUE_ARN,
    ...(condition !== undefined && { Condition: condition }),
  };
}

describe("sqs.policy-cross-account", () => {
  it("fails a grant to another account", () => {
    const [finding] = evaluate([
      queue("example-queue", withPolicy(allowTo({ AWS: OTHER_ACCOUNT }))),
    ]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      `account ${OTHER_ACCOUNT}, which is neither the owner nor trusted`,
    );
    expect(finding?.reason).toContain("--trusted-account");
  });

  it("fails another account named in aws:SourceAccount", () => {
    const condition = { StringEquals: { "aws:SourceAccount": OTHER_ACCOUNT } };
    const [finding] = evaluate([queue("example-queue", withPolicy(allowTo("*", condition)))]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(`aws:SourceAccount in account ${OTHER_ACCOUNT}`);
  });

  it("leaves a public statement to the public control", () => {
    const [finding] = evaluate([queue("example-queue", withPolicy(allowTo("*")))]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Statement 0 is public, which sqs.policy-not-public reports");
  });

  it("passes the owner given as a bare account id", () => {
    const [finding] = evaluate([queue("example-queue", withPolicy(allowTo({ AWS: ACCOUNT_ID })))]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(`account ${ACCOUNT_ID} (the owning account)`);
  });

  it("fails SNS sending without a source condition", () => {
    const grant = { ...allowTo({ Service: "sns.amazonaws.com" }), Action: "sqs:SendMessage" };
    const [finding] = evaluate([queue("example-queue", withPolicy(grant))]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      "to the AWS service sns.amazonaws.com with no aws:SourceArn, aws:SourceAccount or aws:SourceOwner condition",
    );
    expect(finding?.reason).toContain("any account's SNS topics can use it");
    expect(finding?.reason).toContain("add a condition that fixes aws:SourceArn");
    expect(finding?.reason).not.toContain("--trusted-account");
  });

  it("passes SNS sending from the owner's topic", () => {
    const condition = {
      ArnEquals: { "aws:SourceArn": `arn:aws:sns:${REGION}:${ACCOUNT_ID}:example-topic` },
    };
    const [finding] = evaluate([
      queue("example-queue", withPolicy(allowTo({ Service: "sns.amazonaws.com" }, condition))),
    ]);

    expect(finding?.status).toBe("pass");
  });

  it("fails SNS sending from another account's topic", () => {
    const condition = { StringEquals: { "aws:SourceAccount": OTHER_ACCOUNT } };
    const [finding] = evaluate([
      queue("example-queue", withPolicy(allowTo({ Service: "sns.amazonaws.com" }, condition))),
    ]);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      `to the AWS service sns.amazonaws.com acting for account ${OTHER_ACCOUNT}`,
    );
    expect(finding?.reason).toContain(`If account ${OTHER_ACCOUNT} is expected`);
  });

  it("passes a trusted account", () => {
    const policy = withPolicy(allowTo({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }));
    const [finding] = evaluate([queue("example-queue", policy)], [OTHER_ACCOUNT]);

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("(a trusted account)");
  });

  it("passes a queue without a policy", () => {
    const [finding] = evaluate([queue("example-queue", ok({}))]);

    expect(finding?.status).toBe("pass");
  });

  it("errors when the attributes were denied", () => {
    const [finding] = evaluate([queue("example-queue", denied("sqs:GetQueueAttributes"))]);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sqs:GetQueueAttributes");
  });

  it("is not applicable without queues", () => {
    const [finding] = evaluate([]);

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the part was not collected", () => {
    const [finding] = policyCrossAccount.evaluate(inventoryWith({}));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no sqs data");
  });
});
