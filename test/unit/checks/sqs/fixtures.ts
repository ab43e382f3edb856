import type { SqsQueue } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, ok, REGION } from "../inventory-fixture.js";

/** A queue whose GetQueueAttributes returned `attributes`, or the given failure. */
export function queue(name: string, attributes: SqsQueue["attributes"] = ok({})): SqsQueue {
  return {
    url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT_ID}/${name}`,
    arn: `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${name}`,
    name,
    attributes,
  };
}

export const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:example-queue`;

/** Attributes holding a queue policy with `statements`, as GetQueueAttributes returns it. */
export function withPolicy(...statements: Record<string, unknown>[]) {
  return ok({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) });
}
