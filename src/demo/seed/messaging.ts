import { CreateTopicCommand, SetTopicAttributesCommand } from "@aws-sdk/client-sns";
import { CreateQueueCommand, GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededDataKey } from "./kms.js";
import { denyInsecureTransport, policyDocument } from "./policy-document.js";

export interface SeededMessaging {
  queueName: string;
  queueUrl: string;
  queueArn: string;
  topicName: string;
  topicArn: string;
}

/**
 * Creates the jobs queue and the events topic. Insecure: the queue has SSE switched off and both
 * access policies let any principal in any account send, receive, publish or subscribe. Secure:
 * both are encrypted with the data key, and their policies admit only this account over TLS.
 */
export async function seedMessaging(
  context: SeedContext,
  dataKey: SeededDataKey | undefined,
): Promise<SeededMessaging> {
  const [queue, topic] = await Promise.all([
    seedQueue(context, dataKey),
    seedTopic(context, dataKey),
  ]);
  return { ...queue, ...topic };
}

async function seedQueue(context: SeedContext, dataKey: SeededDataKey | undefined) {
  const { sqs } = context.clients;
  const queueName = context.names.queue;
  const queueArn = `arn:aws:sqs:${context.region}:${context.accountId}:${queueName}`;

  const encryption =
    context.variant === "secure"
      ? { KmsMasterKeyId: secureInput(dataKey, "KMS key").keyArn }
      : { SqsManagedSseEnabled: "false" };

  const created = await sqs.send(
    new CreateQueueCommand({
      QueueName: queueName,
      Attributes: { ...encryption, Policy: queuePolicy(context, queueArn) },
    }),
  );
  const queueUrl = required(created.QueueUrl, "queue URL");

  // The ARN is built above for the policy; read it back so a mismatch fails here, not in a test.
  const attributes = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }),
  );
  return {
    queueName,
    queueUrl,
    queueArn: required(attributes.Attributes?.QueueArn, "queue ARN"),
  };
}

async function seedTopic(context: SeedContext, dataKey: SeededDataKey | undefined) {
  const { sns } = context.clients;
  const topicName = context.names.topic;

  const created = await sns.send(
    new CreateTopicCommand({
      Name: topicName,
      ...(context.variant === "secure"
        ? {
            Attributes: {
              KmsMasterKeyId: secureInput(dataKey, "KMS key").keyArn,
            },
          }
        : {}),
    }),
  );
  const topicArn = required(created.TopicArn, "topic ARN");

  await sns.send(
    new SetTopicAttributesCommand({
      TopicArn: topicArn,
      AttributeName: "Policy",
      AttributeValue: topicPolicy(context, topicArn),
    }),
  );

  return { topicName, topicArn };
}

function queuePolicy(context: SeedContext, queueArn: string): string {
  if (context.variant === "insecure") {
    return policyDocument([
      {
        Sid: "AnyoneSendsAndReceives",
        Effect: "Allow",
        Principal: "*",
        Action: ["sqs:SendMessage", "sqs:ReceiveMessage"],
        Resource: queueArn,
      },
    ]);
  }

  return policyDocument([
    {
      Sid: "OwnAccountOnly",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${context.accountId}:root` },
      Action: ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"],
      Resource: queueArn,
    },
    denyInsecureTransport("sqs:*", queueArn),
  ]);
}

function topicPolicy(context: SeedContext, topicArn: string): string {
  if (context.variant === "insecure") {
    return policyDocument([
      {
        Sid: "AnyonePublishesAndSubscribes",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: ["sns:Publish", "sns:Subscribe"],
        Resource: topicArn,
      },
    ]);
  }

  return policyDocument([
    {
      Sid: "OwnAccountOnly",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${context.accountId}:root` },
      Action: ["sns:Publish", "sns:Subscribe"],
      Resource: topicArn,
    },
    denyInsecureTransport("sns:Publish", topicArn),
  ]);
}
