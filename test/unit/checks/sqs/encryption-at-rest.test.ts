import { describe, expect, it } from "vitest";
import { encryptionAtRest } from "../../../../src/checks/sqs/encryption-at-rest.js";
import type { SqsQueue } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { queue } from "./fixtures.js";

function evaluate(...queues: SqsQueue[]) {
  return encryptionAtRest.evaluate(inventoryWith({ sqs: { [REGION]: ok(queues) } }));
}

describe("sqs.encryption-at-rest", () => {
  it("fails a queue without encryption", () => {
    const [finding] = evaluate(queue("example-queue", ok({ SqsManagedSseEnabled: "false" })));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain('SqsManagedSseEnabled is "false"');
  });

  it("fails when both attributes are absent", () => {
    const [finding] = evaluate(queue("example-queue", ok({})));

    expect(finding?.status).toBe("fail");
    expect(finding?.evidence).toEqual({ KmsMasterKeyId: null, SqsManagedSseEnabled: null });
  });

  it("passes SSE-SQS without a KMS key", () => {
    const [finding] = evaluate(queue("example-queue", ok({ SqsManagedSseEnabled: "true" })));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("SQS-managed keys");
  });

  it("passes SSE-KMS", () => {
    const attributes = ok({ KmsMasterKeyId: "alias/example-jobs", SqsManagedSseEnabled: "true" });
    const [finding] = evaluate(queue("example-queue", attributes));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("SSE-KMS using key alias/example-jobs");
  });

  it("errors only for the denied queue", () => {
    const findings = evaluate(
      queue("example-queue-a", ok({ SqsManagedSseEnabled: "true" })),
      queue("example-queue-b", denied("sqs:GetQueueAttributes")),
      queue("example-queue-c", ok({ SqsManagedSseEnabled: "false" })),
    );

    expect(findings.map((finding) => finding.status)).toEqual(["pass", "error", "fail"]);
    expect(findings[1]?.resource.name).toBe("example-queue-b");
    expect(findings[1]?.reason).toContain("Grant sqs:GetQueueAttributes");
  });

  it("is not applicable without queues", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No SQS queues found in ${REGION}`);
  });

  it("errors when the listing failed", () => {
    const inventory = inventoryWith({ sqs: { [REGION]: denied("sqs:ListQueues") } });
    const [finding] = encryptionAtRest.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sqs:ListQueues");
  });

  it("errors for a region missing from the part", () => {
    const inventory = inventoryWith({ sqs: { [REGION]: ok([]) } }, [REGION, "us-east-1"]);
    const findings = encryptionAtRest.evaluate(inventory);

    expect(findings[1]?.status).toBe("error");
    expect(findings[1]?.resource.region).toBe("us-east-1");
    expect(findings[1]?.reason).toContain("no sqs data for us-east-1");
  });
});
