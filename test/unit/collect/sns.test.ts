import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { snsCollector } from "../../../src/collect/sns.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";
const EVENTS_ARN = "arn:aws:sns:eu-west-1:111122223333:example-events";
const ALERTS_ARN = "arn:aws:sns:eu-west-1:111122223333:example-alerts";

const sns = mockClient(SNSClient);
let context: CollectContext;

beforeEach(() => {
  sns.reset();
  context = contextFor([REGION]);
  sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: EVENTS_ARN }], NextToken: "page-2" });
  sns.on(ListTopicsCommand, { NextToken: "page-2" }).resolves({
    Topics: [{ TopicArn: ALERTS_ARN }],
  });
  sns.on(GetTopicAttributesCommand).callsFake((input: { TopicArn: string }) => ({
    Attributes: { TopicArn: input.TopicArn, KmsMasterKeyId: "alias/aws/sns" },
  }));
});

afterEach(() => context.clients.destroy());

describe("snsCollector", () => {
  it("follows ListTopics tokens", async () => {
    const topics = await snsCollector.collect(context, REGION);

    expect(topics.map((topic) => topic.name)).toEqual(["example-events", "example-alerts"]);
    expect(sns.commandCalls(ListTopicsCommand)).toHaveLength(2);
  });

  it("reads attributes per topic", async () => {
    const topics = await snsCollector.collect(context, REGION);

    expect(topics[0]).toEqual({
      arn: EVENTS_ARN,
      name: "example-events",
      attributes: {
        ok: true,
        value: { TopicArn: EVENTS_ARN, KmsMasterKeyId: "alias/aws/sns" },
      },
    });
  });

  it("marks only the topic whose attributes failed", async () => {
    sns
      .on(GetTopicAttributesCommand, { TopicArn: ALERTS_ARN })
      .rejects(awsError("AuthorizationError", 403));

    const topics = await snsCollector.collect(context, REGION);

    expect(topics[0]!.attributes.ok).toBe(true);
    const attributes = topics[1]!.attributes;
    expect(attributes.ok).toBe(false);
    if (attributes.ok) return;
    expect(attributes.error.kind).toBe("access_denied");
    expect(attributes.error.action).toBe("sns:GetTopicAttributes");
    expect(attributes.error.resource).toBe(ALERTS_ARN);
  });

  it("propagates a ListTopics failure", async () => {
    sns.on(ListTopicsCommand).rejects(awsError("AuthorizationError", 403));

    await expect(snsCollector.collect(context, REGION)).rejects.toThrow("AuthorizationError");
  });

  it("declares every IAM action it calls", () => {
    expect(snsCollector.actions).toEqual(["sns:ListTopics", "sns:GetTopicAttributes"]);
  });
});
