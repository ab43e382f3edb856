import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  PutRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { CreateEventSourceMappingCommand, CreateFunctionCommand } from "@aws-sdk/client-lambda";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededDataKey } from "./kms.js";
import type { SeededMessaging } from "./messaging.js";
import { policyDocument, type PolicyStatement } from "./policy-document.js";
import { zipSingleFile } from "./zip.js";

const RUNTIME = "nodejs20.x";
const BASIC_EXECUTION_POLICY_ARN =
  "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

/** The worker's code: it publishes one event per job. It never runs in the emulator. */
const HANDLER_SOURCE = `import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const sns = new SNSClient({});

export const handler = async (event) => {
  for (const record of event.Records) {
    await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: record.body }));
  }
};
`;

export interface SeededWorker {
  functionName: string;
  functionArn: string;
  roleName: string;
  roleArn: string;
  /** Name of the role's inline policy that grants queue and topic access. */
  rolePolicyName: string;
  eventSourceMappingId: string;
}

/**
 * Creates the worker's execution role, the Lambda function and the mapping that feeds it from
 * the jobs queue. Insecure: the inline policy allows every SQS and SNS action on every resource.
 * Secure: it allows only consuming the jobs queue, publishing to the events topic and using the
 * data key.
 */
export async function seedWorker(
  context: SeedContext,
  messaging: SeededMessaging,
  dataKey: SeededDataKey | undefined,
): Promise<SeededWorker> {
  const { iam, lambda } = context.clients;
  const { names } = context;

  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: names.workerRole,
      Description: "Execution role of the webshop worker function",
      AssumeRolePolicyDocument: policyDocument([
        {
          Effect: "Allow",
          Principal: { Service: "lambda.amazonaws.com" },
          Action: "sts:AssumeRole",
        },
      ]),
    }),
  );
  const roleArn = required(role.Role?.Arn, "worker role ARN");

  await Promise.all([
    iam.send(
      new AttachRolePolicyCommand({
        RoleName: names.workerRole,
        PolicyArn: BASIC_EXECUTION_POLICY_ARN,
      }),
    ),
    iam.send(
      new PutRolePolicyCommand({
        RoleName: names.workerRole,
        PolicyName: names.workerPolicy,
        PolicyDocument: policyDocument(workerStatements(context, messaging, dataKey)),
      }),
    ),
  ]);

  const created = await lambda.send(
    new CreateFunctionCommand({
      FunctionName: names.workerFunction,
      Runtime: RUNTIME,
      Handler: "index.handler",
      Role: roleArn,
      Code: { ZipFile: zipSingleFile("index.mjs", HANDLER_SOURCE) },
      Timeout: 30,
      MemorySize: 256,
      Environment: { Variables: { TOPIC_ARN: messaging.topicArn } },
      ...(context.variant === "secure" ? { TracingConfig: { Mode: "Active" as const } } : {}),
    }),
  );
  const functionArn = required(created.FunctionArn, "worker function ARN");

  const mapping = await lambda.send(
    new CreateEventSourceMappingCommand({
      EventSourceArn: messaging.queueArn,
      FunctionName: names.workerFunction,
      BatchSize: 10,
      Enabled: true,
    }),
  );

  return {
    functionName: names.workerFunction,
    functionArn,
    roleName: names.workerRole,
    roleArn,
    rolePolicyName: names.workerPolicy,
    eventSourceMappingId: required(mapping.UUID, "event source mapping UUID"),
  };
}

function workerStatements(
  context: SeedContext,
  messaging: SeededMessaging,
  dataKey: SeededDataKey | undefined,
): PolicyStatement[] {
  if (context.variant === "insecure") {
    return [
      { Sid: "AllQueuesAndTopics", Effect: "Allow", Action: ["sqs:*", "sns:*"], Resource: "*" },
    ];
  }

  return [
    {
      Sid: "ConsumeJobs",
      Effect: "Allow",
      Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
      Resource: messaging.queueArn,
    },
    { Sid: "PublishEvents", Effect: "Allow", Action: "sns:Publish", Resource: messaging.topicArn },
    {
      Sid: "UseDataKey",
      Effect: "Allow",
      Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      Resource: secureInput(dataKey, "KMS key").keyArn,
    },
  ];
}
