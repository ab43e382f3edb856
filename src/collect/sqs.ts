import { distinctPages } from "./pages.js";
import { GetQueueAttributesCommand, paginateListQueues } from "@aws-sdk/client-sqs";
import { actionsFor } from "../aws/read-operations.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { SqsQueue } from "./inventory.js";
import { requireAttribute } from "./malformed.js";

/**
 * SQS ListQueues returns a NextToken only when MaxResults is set; without it the list stops
 * silently at 1,000 queues. 1,000 is the largest page the API accepts.
 */
const LIST_QUEUES_PAGE_SIZE = 1000;

/** Reads every queue of a region with all its attributes (policy and encryption included). */
export const sqsCollector: Collector<"sqs"> = {
  part: "sqs",
  service: "sqs",
  scope: "regional",
  label: "SQS",
  actions: actionsFor("sqs", ["ListQueues", "GetQueueAttributes"]),

  async collect(context, region) {
    const client = context.clients.get("sqs", region);

    const urls: string[] = [];
    const pages = distinctPages(
      paginateListQueues({ client, pageSize: LIST_QUEUES_PAGE_SIZE }, {}),
      "sqs",
      "ListQueues",
    );
    for await (const page of pages) urls.push(...(page.QueueUrls ?? []));

    return mapConcurrently(urls, async (url): Promise<SqsQueue> => {
      const name = url.slice(url.lastIndexOf("/") + 1);
      const attributes = await attempt(
        { service: "sqs", operation: "GetQueueAttributes", region, resource: url },
        async () => {
          const response = await client.send(
            new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["All"] }),
          );
          return requireAttribute(response.Attributes, "QueueArn", "GetQueueAttributes");
        },
      );
      const arn =
        (attributes.ok ? attributes.value.QueueArn : undefined) ??
        `arn:aws:sqs:${region}:${context.accountId}:${name}`;
      return { url, arn, name, attributes };
    });
  },

  countResources: (queues) => queues.length,
};
