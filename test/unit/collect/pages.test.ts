import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toCollectionError } from "../../../src/aws/errors.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import { distinctPages } from "../../../src/collect/pages.js";
import { snsCollector } from "../../../src/collect/sns.js";
import { contextFor } from "./mock-context.js";

const sns = mockClient(SNSClient);
let context: CollectContext;

beforeEach(() => {
  sns.reset();
  context = contextFor(["eu-west-1"]);
});

afterEach(() => context.clients.destroy());

describe("distinctPages", () => {
  it("fails on a token seen before", async () => {
    sns
      .on(ListTopicsCommand)
      .resolves({ Topics: [{ TopicArn: "arn:aws:sns:eu-west-1:1:a" }], NextToken: "same" });

    const error: unknown = await snsCollector
      .collect(context, "eu-west-1")
      .catch((caught: unknown) => caught);

    expect((error as Error).name).toBe("RepeatedPageToken");
    const collectionError = toCollectionError(error, {
      service: "sns",
      operation: "unknown",
      region: "eu-west-1",
    });
    expect(collectionError.kind).toBe("malformed");
    expect(collectionError.action).toBe("sns:ListTopics");
    expect(collectionError.region).toBe("eu-west-1");
  });

  it("passes distinct tokens through", async () => {
    async function* pages() {
      for (const page of [{ NextToken: "a" }, { NextToken: "b" }, {}])
        yield await Promise.resolve(page);
    }

    const seen: unknown[] = [];
    for await (const page of distinctPages(pages(), "sns", "ListTopics")) seen.push(page);

    expect(seen).toHaveLength(3);
  });
});
