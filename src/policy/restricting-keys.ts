/** What the values of a restricting condition key name, which decides how they are read. */
export type RestrictingValueKind =
  "account" | "arn" | "organization" | "organization-path" | "user-id" | "ip" | "id";

export interface RestrictingKey {
  /** The key in AWS spelling, for explanations. */
  name: string;
  kind: RestrictingValueKind;
  /** Phrase for the callers a fixed value admits, completing "so only ... match". */
  limitsTo: string;
}

/**
 * Condition keys that, fixed to specific values on an Allow, limit a wildcard principal to known
 * callers. The list starts from S3's definition of a non-public bucket policy in the S3
 * PublicAccessBlockConfiguration API reference: aws:SourceArn, aws:SourceVpc, aws:SourceVpce,
 * aws:SourceOwner, aws:SourceAccount, aws:userid, s3:x-amz-server-side-encryption-aws-kms-key-id
 * and aws:SourceIp. It adds the principal, organization and service-specific keys, because they
 * name the caller or the path of the request just as directly. The map is keyed in lower case
 * because AWS matches condition keys case-insensitively.
 */
export const RESTRICTING_KEYS: ReadonlyMap<string, RestrictingKey> = new Map(
  [
    key(
      "aws:SourceArn",
      "arn",
      "requests that an AWS service sends on behalf of the named resource",
    ),
    key(
      "aws:SourceAccount",
      "account",
      "requests that an AWS service sends on behalf of a resource in the named account",
    ),
    key(
      "aws:SourceOwner",
      "account",
      "requests that an AWS service sends on behalf of a resource owned by the named account",
    ),
    key(
      "aws:SourceOrgID",
      "organization",
      "requests that an AWS service sends on behalf of a resource in the named organization",
    ),
    key(
      "aws:SourceOrgPaths",
      "organization-path",
      "requests that an AWS service sends on behalf of a resource in the named organizational unit",
    ),
    key("aws:SourceVpc", "id", "requests that arrive through a VPC endpoint in the named VPC"),
    key("aws:SourceVpce", "id", "requests that arrive through the named VPC endpoint"),
    key("aws:PrincipalAccount", "account", "principals in the named account"),
    key("aws:PrincipalArn", "arn", "the named principals"),
    key(
      "aws:PrincipalOrgID",
      "organization",
      "principals in accounts of the named AWS Organization",
    ),
    key(
      "aws:PrincipalOrgPaths",
      "organization-path",
      "principals in accounts under the named organizational unit",
    ),
    key("aws:userid", "user-id", "the principals with the named unique ids"),
    key("aws:SourceIp", "ip", "requests from the named IP ranges"),
    key(
      "s3:DataAccessPointAccount",
      "account",
      "requests through S3 access points owned by the named account",
    ),
    key("s3:DataAccessPointArn", "arn", "requests through the named S3 access points"),
    key(
      "s3:x-amz-server-side-encryption-aws-kms-key-id",
      "id",
      "requests that use the named KMS key, which only principals allowed to use that key can do",
    ),
    key("lambda:EventSourceToken", "id", "Alexa skills that present the named event source token"),
  ].map((entry) => [entry.name.toLowerCase(), entry]),
);

function key(name: string, kind: RestrictingValueKind, limitsTo: string): RestrictingKey {
  return { name, kind, limitsTo };
}
