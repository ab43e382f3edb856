import type { PolicyHolderKind } from "../policy-attribute.js";

export const QUEUE_POLICY_KIND: PolicyHolderKind = {
  part: "sqs",
  type: "AWS::SQS::Queue",
  noun: "queue",
  plural: "SQS queues",
  attributesOperation: "GetQueueAttributes",
};
