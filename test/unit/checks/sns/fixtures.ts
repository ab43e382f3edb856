import type { SnsTopic } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, ok, REGION } from "../inventory-fixture.js";

/** A topic whose GetTopicAttributes returned `attributes`, or the given failure. */
export function topic(name: string, attributes: SnsTopic["attributes"] = ok({})): SnsTopic {
  return { arn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${name}`, name, attributes };
}

export const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT_ID}:example-topic`;

/** Attributes holding a topic policy with `statements`, as GetTopicAttributes returns it. */
export function withPolicy(...statements: Record<string, unknown>[]) {
  return ok({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) });
}

/** The statement SNS puts in a new topic's policy: the owner's account may manage the topic. */
export const DEFAULT_TOPIC_STATEMENT = {
  Sid: "__default_statement_ID",
  Effect: "Allow",
  Principal: { AWS: "*" },
  Action: [
    "SNS:GetTopicAttributes",
    "SNS:SetTopicAttributes",
    "SNS:AddPermission",
    "SNS:RemovePermission",
    "SNS:DeleteTopic",
    "SNS:Subscribe",
    "SNS:ListSubscriptionsByTopic",
    "SNS:Publish",
  ],
  Resource: TOPIC_ARN,
  Condition: { StringEquals: { "AWS:SourceOwner": ACCOUNT_ID } },
};
