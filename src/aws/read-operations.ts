/**
 * The only operations an auditor client may send, per client, with the IAM action each needs.
 * The read-only guard rejects anything else before the request is signed, and the audit role's
 * policy is generated from the collectors' use of this table.
 */
export const READ_OPERATIONS = {
  sts: {
    GetCallerIdentity: "sts:GetCallerIdentity",
  },
  ec2: {
    DescribeRegions: "ec2:DescribeRegions",
  },
  rds: {
    DescribeDBInstances: "rds:DescribeDBInstances",
    DescribeDBClusters: "rds:DescribeDBClusters",
    DescribeDBParameters: "rds:DescribeDBParameters",
    DescribeDBClusterParameters: "rds:DescribeDBClusterParameters",
    DescribeDBParameterGroups: "rds:DescribeDBParameterGroups",
    DescribeDBClusterParameterGroups: "rds:DescribeDBClusterParameterGroups",
    DescribeEngineDefaultParameters: "rds:DescribeEngineDefaultParameters",
    DescribeEngineDefaultClusterParameters: "rds:DescribeEngineDefaultClusterParameters",
  },
  elbv2: {
    DescribeLoadBalancers: "elasticloadbalancing:DescribeLoadBalancers",
    DescribeLoadBalancerAttributes: "elasticloadbalancing:DescribeLoadBalancerAttributes",
    DescribeListeners: "elasticloadbalancing:DescribeListeners",
    DescribeRules: "elasticloadbalancing:DescribeRules",
    DescribeTargetGroups: "elasticloadbalancing:DescribeTargetGroups",
    DescribeSSLPolicies: "elasticloadbalancing:DescribeSSLPolicies",
  },
  cloudfront: {
    ListDistributions: "cloudfront:ListDistributions",
    GetDistributionConfig: "cloudfront:GetDistributionConfig",
  },
  s3: {
    ListBuckets: "s3:ListAllMyBuckets",
    GetBucketLocation: "s3:GetBucketLocation",
    GetBucketEncryption: "s3:GetEncryptionConfiguration",
    GetBucketLogging: "s3:GetBucketLogging",
    GetBucketPolicy: "s3:GetBucketPolicy",
    GetBucketAcl: "s3:GetBucketAcl",
    GetPublicAccessBlock: "s3:GetBucketPublicAccessBlock",
    GetBucketOwnershipControls: "s3:GetBucketOwnershipControls",
  },
  s3control: {
    GetPublicAccessBlock: "s3:GetAccountPublicAccessBlock",
  },
  cloudtrail: {
    DescribeTrails: "cloudtrail:DescribeTrails",
    GetTrailStatus: "cloudtrail:GetTrailStatus",
    GetEventSelectors: "cloudtrail:GetEventSelectors",
  },
  ecs: {
    ListClusters: "ecs:ListClusters",
    ListServices: "ecs:ListServices",
    DescribeServices: "ecs:DescribeServices",
    DescribeTaskDefinition: "ecs:DescribeTaskDefinition",
  },
  sqs: {
    ListQueues: "sqs:ListQueues",
    GetQueueAttributes: "sqs:GetQueueAttributes",
  },
  sns: {
    ListTopics: "sns:ListTopics",
    GetTopicAttributes: "sns:GetTopicAttributes",
  },
  kms: {
    ListKeys: "kms:ListKeys",
    ListAliases: "kms:ListAliases",
    DescribeKey: "kms:DescribeKey",
  },
  wafv2: {
    ListWebACLs: "wafv2:ListWebACLs",
    GetWebACL: "wafv2:GetWebACL",
    GetWebACLForResource: "wafv2:GetWebACLForResource",
    GetRuleGroup: "wafv2:GetRuleGroup",
  },
  lambda: {
    ListFunctions: "lambda:ListFunctions",
    ListEventSourceMappings: "lambda:ListEventSourceMappings",
  },
  iam: {
    GetRole: "iam:GetRole",
    ListAttachedRolePolicies: "iam:ListAttachedRolePolicies",
    ListRolePolicies: "iam:ListRolePolicies",
    GetRolePolicy: "iam:GetRolePolicy",
    GetPolicy: "iam:GetPolicy",
    GetPolicyVersion: "iam:GetPolicyVersion",
  },
} as const satisfies Record<string, Record<string, string>>;

export type ServiceName = keyof typeof READ_OPERATIONS;

export type OperationName<S extends ServiceName> = keyof (typeof READ_OPERATIONS)[S] & string;

/** Returns the IAM action for an operation, or undefined when the operation is not a read the auditor may send. */
export function iamActionFor(service: ServiceName, operation: string): string | undefined {
  const operations: Record<string, string> = READ_OPERATIONS[service];
  return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

/** Lists the IAM actions for `operations` of one service, for a collector's declaration. */
export function actionsFor<S extends ServiceName>(
  service: S,
  operations: OperationName<S>[],
): string[] {
  return operations.map((operation) => READ_OPERATIONS[service][operation] as string);
}
