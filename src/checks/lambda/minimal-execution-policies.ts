/**
 * AWS managed policies that the Lambda Developer Guide lists as the permissions a function needs
 * for one Lambda feature, keyed by policy name with what the feature is. They pass by name: some
 * of them grant a write action on every resource, such as sqs:DeleteMessage in
 * AWSLambdaSQSQueueExecutionRole, because AWS cannot know the customer's queue, and judging them
 * by content would fail nearly every function. Only the `aws` account can own a policy under
 * `arn:aws:iam::aws:policy/`, so the name cannot be forged.
 */
export const MINIMAL_EXECUTION_POLICIES: ReadonlyMap<string, string> = new Map([
  ["AWSLambdaBasicExecutionRole", "writing the function's logs to CloudWatch Logs"],
  ["AWSLambdaSQSQueueExecutionRole", "reading messages from an SQS queue event source"],
  ["AWSLambdaKinesisExecutionRole", "reading records from a Kinesis data stream event source"],
  ["AWSLambdaDynamoDBExecutionRole", "reading records from a DynamoDB stream event source"],
  ["AWSLambdaVPCAccessExecutionRole", "managing the network interfaces of a function in a VPC"],
  ["AWSLambdaENIManagementAccess", "managing the network interfaces of a function in a VPC"],
  ["AWSXRayDaemonWriteAccess", "uploading trace data to AWS X-Ray"],
]);
