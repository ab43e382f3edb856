import { describe, expect, it } from "vitest";
import { policyNotPublic } from "../../../../src/checks/sqs/policy-not-public.js";
import type { SqsQueue } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { QUEUE_ARN, queue, withPolicy } from "./fixtures.js";

function evaluate(...queues: SqsQueue[]) {
  return policyNotPublic.evaluate(inventoryWith({ sqs: { [REGION]: ok(queues) } }));
}

function evaluatePolicy(...statements: Record<string, unknown>[]) {
  const [finding] = evaluate(queue("example-queue", withPolicy(...statements)));
  return finding;
}

const SEND_TO_ANYONE = {
  Effect: "Allow",
  Principal: "*",
  Action: "sqs:SendMessage",
  Resource: QUEUE_ARN,
};

describe("sqs.policy-not-public", () => {
  it("fails a wildcard principal without conditions", () => {
    const finding = evaluatePolicy(SEND_TO_ANYONE);

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("Queue example-queue is public");
    expect(finding?.reason).toContain("Statement 0 allows sqs:SendMessage to any principal");
  });

  it("passes an SNS subscription fixed by aws:SourceArn", () => {
    const topicArn = `arn:aws:sns:${REGION}:111122223333:example-topic`;
    const finding = evaluatePolicy({
      ...SEND_TO_ANYONE,
      Sid: "AllowTopic",
      Condition: { ArnEquals: { "aws:SourceArn": topicArn } },
    });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain('Statement 0 ("AllowTopic")');
    expect(finding?.reason).toContain(`fixes aws:SourceArn to ${topicArn}`);
  });

  it("passes an S3 notification fixed by ArnLike without wildcards", () => {
    const finding = evaluatePolicy({
      ...SEND_TO_ANYONE,
      Condition: { ArnLike: { "aws:SourceArn": "arn:aws:s3:::example-bucket" } },
    });

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("Note: aws:SourceArn names an S3 bucket");
  });

  it("fails a condition that only requires TLS", () => {
    const finding = evaluatePolicy({
      ...SEND_TO_ANYONE,
      Principal: { AWS: "*" },
      Action: ["sqs:SendMessage", "sqs:ReceiveMessage"],
      Condition: { Bool: { "aws:SecureTransport": "true" } },
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("aws:SecureTransport does not identify the caller");
  });

  it("fails aws:SourceAccount under an IfExists operator", () => {
    const finding = evaluatePolicy({
      ...SEND_TO_ANYONE,
      Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } },
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("StringEqualsIfExists also matches requests that carry no");
  });

  it("fails NotPrincipal with Allow", () => {
    const finding = evaluatePolicy({
      Effect: "Allow",
      NotPrincipal: { AWS: "arn:aws:iam::111122223333:role/example-admin" },
      Action: "sqs:SendMessage",
      Resource: QUEUE_ARN,
    });

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      "every principal except arn:aws:iam::111122223333:role/example-admin",
    );
  });

  it("fails the one public queue among many without policy", () => {
    const queues = Array.from({ length: 1500 }, (_, index) => queue(`example-queue-${index + 1}`));
    queues[1233] = queue("example-queue-1234", withPolicy(SEND_TO_ANYONE));

    const findings = evaluate(...queues);
    const failed = findings.filter((finding) => finding.status === "fail");

    expect(findings).toHaveLength(1500);
    expect(failed.map((finding) => finding.resource.name)).toEqual(["example-queue-1234"]);
  });

  it("passes a queue without a policy", () => {
    const [finding] = evaluate(queue("example-queue", ok({})));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("no access policy");
    expect(finding?.evidence).toEqual({ Policy: null });
  });

  it("errors only for the queue whose attributes were denied", () => {
    const findings = evaluate(
      queue("example-queue-a", ok({})),
      queue("example-queue-b", denied("sqs:GetQueueAttributes")),
      queue("example-queue-c", ok({})),
    );

    expect(findings.map((finding) => finding.status)).toEqual(["pass", "error", "pass"]);
    expect(findings[1]?.resource.name).toBe("example-queue-b");
    expect(findings[1]?.error?.action).toBe("sqs:GetQueueAttributes");
    expect(findings[1]?.reason).toContain("Grant sqs:GetQueueAttributes");
  });

  it("errors naming a queue whose policy cannot be parsed", () => {
    const [finding] = evaluate(queue("example-queue", ok({ Policy: '{"Statement": [' })));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("access policy of queue example-queue could not be parsed");
  });

  it("errors on a lower-case principal element", () => {
    const finding = evaluatePolicy({ Effect: "Allow", principal: "*", Action: "sqs:*" });

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain('Statement[0] has the unknown element "principal"');
  });

  it("errors on a duplicate Principal key", () => {
    const policy =
      '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*",' +
      '"Principal":{"AWS":"111122223333"}}]}';
    const [finding] = evaluate(queue("example-queue", ok({ Policy: policy })));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("Statement[0].Principal appears twice");
  });

  it("is not applicable without queues", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
  });

  it("errors when the listing failed", () => {
    const inventory = inventoryWith({ sqs: { [REGION]: denied("sqs:ListQueues") } });
    const [finding] = policyNotPublic.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sqs:ListQueues");
  });
});
