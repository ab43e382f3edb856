const VPC_FUNCTION =
  "a Lambda function attached to a VPC needs it on every resource to manage its network interfaces, as in the AWS managed policy AWSLambdaVPCAccessExecutionRole";

const BASIC_EXECUTION =
  "a Lambda function needs it to write its logs, as in the AWS managed policy AWSLambdaBasicExecutionRole";

/**
 * Write actions that are accepted on `Resource: "*"` because AWS documents them as the minimum a
 * Lambda execution role needs, keyed by lower-case action name. Failing every function for them
 * would make the least-privilege check useless.
 */
export const ACCEPTED_ON_ALL_RESOURCES: ReadonlyMap<string, string> = new Map([
  ["ec2:createnetworkinterface", VPC_FUNCTION],
  ["ec2:describenetworkinterfaces", VPC_FUNCTION],
  ["ec2:deletenetworkinterface", VPC_FUNCTION],
  ["ec2:assignprivateipaddresses", VPC_FUNCTION],
  ["ec2:unassignprivateipaddresses", VPC_FUNCTION],
  ["logs:createloggroup", BASIC_EXECUTION],
  ["logs:createlogstream", BASIC_EXECUTION],
  ["logs:putlogevents", BASIC_EXECUTION],
]);
