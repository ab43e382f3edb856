import { distinctPages } from "./pages.js";
import { GetTopicAttributesCommand, paginateListTopics } from "@aws-sdk/client-sns";
import { actionsFor } from "../aws/read-operations.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { SnsTopic } from "./inventory.js";
import { requireAttribute } from "./malformed.js";

/**
 * Reads every topic of a region with its attributes (access policy and KMS key included).
 * ListTopics has no page size parameter: AWS returns up to 100 topics per page.
 */
export const snsCollector: Collector<"sns"> = {
  part: "sns",
  service: "sns",
  scope: "regional",
  label: "SNS",
  actions: actionsFor("sns", ["ListTopics", "GetTopicAttributes"]),

  async collect(context, region) {
    const client = context.clients.get("sns", region);

    const arns: string[] = [];
    for await (const page of distinctPages(
      paginateListTopics({ client }, {}),
      "sns",
      "ListTopics",
    )) {
      for (const topic of page.Topics ?? []) {
        if (topic.TopicArn !== undefined) arns.push(topic.TopicArn);
      }
    }

    return mapConcurrently(arns, async (arn): Promise<SnsTopic> => ({
      arn,
      name: arn.slice(arn.lastIndexOf(":") + 1),
      attributes: await attempt(
        { service: "sns", operation: "GetTopicAttributes", region, resource: arn },
        async () => {
          const response = await client.send(new GetTopicAttributesCommand({ TopicArn: arn }));
          return requireAttribute(response.Attributes, "TopicArn", "GetTopicAttributes");
        },
      ),
    }));
  },

  countResources: (topics) => topics.length,
};
