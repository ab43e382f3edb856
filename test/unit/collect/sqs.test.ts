import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { sqsCollector } from "../../../src/collect/sqs.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";
const sqs = mockClient(SQSClient);
let context: CollectContext;

function queueUrl(name: string): string {
  return `https://sqs.${REGION}.amazonaws.com/111122223333/${name}`;
}

beforeEach(() => {
  sqs.reset();
  context = contextFor([REGION]);
  sqs.on(GetQueueAttributesCommand).callsFake((input: { QueueUrl: string }) => ({
    Attributes: {
      QueueArn: `arn:aws:sqs:${REGION}:111122223333:${input.QueueUrl.split("/").pop()}`,
    },
  }));
});

afterEach(() => context.clients.destroy());

describe("sqsCollector", () => {
  it("pages ListQueues with MaxResults", async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl("a")], NextToken: "page-2" });
    sqs.on(ListQueuesCommand, { NextToken: "page-2" }).resolves({ QueueUrls: [queueUrl("b")] });

    const queues = await sqsCollector.collect(context, REGION);

    expect(queues.map((queue) => queue.name)).toEqual(["a", "b"]);
    expect(sqs.commandCalls(ListQueuesCommand)[0]?.args[0].input.MaxResults).toBe(1000);
  });

  it("marks a queue whose attributes are denied", async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl("a"), queueUrl("b")] });
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: queueUrl("b") })
      .rejects(awsError("AccessDenied", 403));

    const [first, second] = await sqsCollector.collect(context, REGION);

    expect(first?.attributes.ok).toBe(true);
    expect(second?.attributes.ok).toBe(false);
    if (second?.attributes.ok === false) {
      expect(second.attributes.error.kind).toBe("access_denied");
      expect(second.attributes.error.action).toBe("sqs:GetQueueAttributes");
    }
  });

  it("treats attributes without QueueArn as malformed", async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl("a")] });
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: {} });

    const [queue] = await sqsCollector.collect(context, REGION);

    expect(queue?.attributes.ok).toBe(false);
    if (queue?.attributes.ok === false) expect(queue.attributes.error.kind).toBe("malformed");
  });
});
