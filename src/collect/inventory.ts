import type { Collected, CollectionError } from "./collected.js";

/**
 * Everything the collectors read from one AWS account, as plain JSON-serializable data.
 * A saved inventory re-runs the checks offline, so no field may hold a class instance or a Date.
 */
export interface Inventory {
  /** Bumped when a field changes meaning or shape, so an old saved inventory is rejected clearly. */
  inventoryVersion: 1;
  collectedAt: string;
  accountId: string;
  /** Regions audited, in the order they were requested. */
  regions: string[];
  parts: InventoryParts;
}

/** One entry per region that was collected for a regional part. */
export type ByRegion<T> = Record<string, Collected<T>>;

/**
 * Inventory parts, one per collector. A part that was not needed by the selected checks is absent.
 * Regional parts map region to data; global parts hold the data once.
 */
export interface InventoryParts {
  rds?: ByRegion<RdsRegion>;
  elbv2?: ByRegion<Elbv2Region>;
  cloudfront?: Collected<CloudFrontDistribution[]>;
  s3?: Collected<S3Inventory>;
  cloudtrail?: Collected<CloudTrailInventory>;
  ecs?: ByRegion<EcsRegion>;
  sqs?: ByRegion<SqsQueue[]>;
  sns?: ByRegion<SnsTopic[]>;
  kms?: ByRegion<KmsRegion>;
  /** WAFv2 web ACLs of scope REGIONAL and the web ACL of each load balancer. */
  wafv2?: ByRegion<WafRegion>;
  /** WAFv2 web ACLs of scope CLOUDFRONT, read in us-east-1. */
  wafv2Cloudfront?: Collected<WafScope>;
  lambda?: ByRegion<LambdaRegion>;
  /** IAM roles used by Lambda functions, with their policies. */
  iam?: Collected<IamInventory>;
}

export type InventoryPart = keyof InventoryParts;

// ---------------------------------------------------------------- RDS

export interface RdsRegion {
  instances: DbInstance[];
  clusters: DbCluster[];
  /** DB parameter groups of standalone instances (not cluster members), keyed by name. */
  parameterGroups: Record<string, Collected<ParameterGroup>>;
  /** DB cluster parameter groups referenced by clusters, keyed by name. */
  clusterParameterGroups: Record<string, Collected<ParameterGroup>>;
}

export interface DbInstance {
  arn: string;
  id: string;
  engine: string;
  engineVersion: string;
  /** Set when the instance is a member of an Aurora or Multi-AZ DB cluster. */
  clusterId?: string;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  publiclyAccessible?: boolean;
  enabledLogExports: string[];
  parameterGroups: { name: string; applyStatus: string }[];
}

export interface DbCluster {
  arn: string;
  id: string;
  engine: string;
  engineVersion: string;
  /** `aurora` for Aurora engines, `multi-az` for Multi-AZ DB clusters of RDS engines. */
  kind: "aurora" | "multi-az";
  storageEncrypted: boolean;
  kmsKeyId?: string;
  enabledLogExports: string[];
  parameterGroup: string;
  /** Apply status of the cluster parameter group on the members, e.g. `pending-reboot`. */
  parameterApplyStatus?: string;
  memberIds: string[];
}

export interface ParameterGroup {
  name: string;
  family: string;
  /** Parameters by name. A parameter the API did not return is absent, never defaulted to off. */
  parameters: Record<string, DbParameter>;
  /**
   * Why the engine defaults of the family could not be read. Set only when a parameter had no
   * value in the group; such a parameter stays without a value.
   */
  engineDefaultsError?: CollectionError;
}

export interface DbParameter {
  /** Absent when the API returned the parameter without a value. */
  value?: string;
  /** `user`, `engine-default` or `system`, as RDS reports it; `family-default` when resolved from the engine defaults. */
  source?: string;
  applyType?: string;
}

// ---------------------------------------------------------------- ELBv2

export interface Elbv2Region {
  loadBalancers: LoadBalancer[];
  /** Every target group of the region, read once; `loadBalancerArns` links them to load balancers. */
  targetGroups: Collected<TargetGroup[]>;
  /** SSL policies by name, with the TLS protocols they allow (e.g. `TLSv1.2`). */
  sslPolicies: Collected<Record<string, string[]>>;
}

export interface LoadBalancer {
  arn: string;
  name: string;
  type: "application" | "network" | "gateway";
  scheme: "internet-facing" | "internal";
  dnsName: string;
  attributes: Collected<Record<string, string>>;
  listeners: Collected<Listener[]>;
}

export interface Listener {
  arn: string;
  port?: number;
  protocol?: string;
  sslPolicy?: string;
  defaultActions: ListenerAction[];
  /** Rules other than the default rule; the default rule's actions are `defaultActions`. */
  rules: Collected<ListenerRule[]>;
}

export interface ListenerRule {
  arn: string;
  priority: string;
  isDefault: boolean;
  conditions: { field?: string; values: string[] }[];
  actions: ListenerAction[];
}

export interface ListenerAction {
  type: string;
  order?: number;
  targetGroupArns: string[];
  redirect?: {
    protocol?: string;
    port?: string;
    host?: string;
    path?: string;
    statusCode?: string;
  };
  /** For `authenticate-oidc` and `authenticate-cognito` actions. Secrets are never stored. */
  onUnauthenticatedRequest?: string;
  issuer?: string;
  userPoolArn?: string;
}

export interface TargetGroup {
  arn: string;
  name: string;
  /** Absent for `lambda` target groups. */
  protocol?: string;
  port?: number;
  targetType: string;
  healthCheckProtocol?: string;
  loadBalancerArns: string[];
}

// ---------------------------------------------------------------- CloudFront

export interface CloudFrontDistribution {
  arn: string;
  id: string;
  domainName: string;
  enabled: boolean;
  config: Collected<DistributionConfig>;
}

export interface DistributionConfig {
  webAclId?: string;
  origins: CloudFrontOrigin[];
  defaultViewerProtocolPolicy?: string;
  viewerProtocolPolicies: string[];
  minimumProtocolVersion?: string;
  logging: { enabled: boolean; bucket?: string; prefix?: string };
}

export interface CloudFrontOrigin {
  id: string;
  domainName: string;
  /** Set for custom origins (ALB, HTTP servers); absent for S3 origins. */
  originProtocolPolicy?: string;
  originSslProtocols?: string[];
  isS3Origin: boolean;
}

// ---------------------------------------------------------------- S3

export interface S3Inventory {
  buckets: S3Bucket[];
  /** Account-level Block Public Access (S3 Control); null when the account has no configuration. */
  accountPublicAccessBlock: Collected<PublicAccessBlock | null>;
}

export interface S3Bucket {
  name: string;
  arn: string;
  /**
   * BucketRegion from ListBuckets, else resolved from GetBucketLocation: no constraint means
   * us-east-1, `EU` means eu-west-1.
   */
  region: Collected<string>;
  /** null when the bucket has no default encryption configuration (possible only before 2023). */
  encryption: Collected<S3Encryption | null>;
  /** null when server access logging is off. */
  logging: Collected<{ targetBucket: string; targetPrefix: string } | null>;
  /** Bucket-level Block Public Access; null when the bucket has no configuration. */
  publicAccessBlock: Collected<PublicAccessBlock | null>;
  /** The bucket policy as the JSON text S3 returned; null when the bucket has no policy. */
  policy: Collected<string | null>;
  acl: Collected<S3Acl>;
  /** Object Ownership setting (e.g. `BucketOwnerEnforced`); null when no ownership controls are set. */
  objectOwnership: Collected<string | null>;
}

export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3Acl {
  ownerId?: string;
  grants: S3Grant[];
}

export interface S3Grant {
  /** `CanonicalUser`, `Group` or `AmazonCustomerByEmail`. */
  granteeType: string;
  /** Group URI, e.g. `http://acs.amazonaws.com/groups/global/AllUsers`. */
  uri?: string;
  /** Canonical user id. */
  id?: string;
  permission: string;
}

export interface S3Encryption {
  /** `AES256`, `aws:kms` or `aws:kms:dsse`. */
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

// ---------------------------------------------------------------- CloudTrail

export interface CloudTrailInventory {
  /** ARNs of the trails DescribeTrails returns in each audited region, shadow trails included. */
  trailArnsByRegion: Record<string, Collected<string[]>>;
  /** Each trail once, with status and event selectors read from its home region. */
  trails: Trail[];
}

export interface Trail {
  arn: string;
  name: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganizationTrail: boolean;
  logFileValidation: boolean;
  s3BucketName?: string;
  kmsKeyId?: string;
  /** Read from the trail's home region with the trail ARN. */
  status: Collected<{ isLogging: boolean }>;
  eventSelectors: Collected<TrailEventSelectors>;
}

export interface TrailEventSelectors {
  /** Classic selectors: read/write type and whether management events are included. */
  eventSelectors: { readWriteType?: string; includeManagementEvents?: boolean }[];
  /** Advanced selectors, kept as field selector names and whether they select management events. */
  advancedEventSelectors: { name?: string; selectsManagementEvents: boolean }[];
}

// ---------------------------------------------------------------- ECS

export interface EcsRegion {
  clusters: EcsCluster[];
  /** Task definitions used by services, keyed by ARN. */
  taskDefinitions: Record<string, Collected<TaskDefinition>>;
}

export interface EcsCluster {
  arn: string;
  name: string;
  services: Collected<EcsService[]>;
}

export interface EcsService {
  arn: string;
  name: string;
  launchType?: string;
  taskDefinitionArn: string;
  targetGroupArns: string[];
  assignPublicIp?: string;
}

export interface TaskDefinition {
  arn: string;
  family: string;
  containers: {
    name: string;
    /** Absent when the container has no log configuration. */
    logDriver?: string;
    logOptions?: Record<string, string>;
  }[];
}

// ---------------------------------------------------------------- SQS, SNS, KMS

export interface SqsQueue {
  url: string;
  arn: string;
  name: string;
  attributes: Collected<Record<string, string>>;
}

export interface SnsTopic {
  arn: string;
  name: string;
  attributes: Collected<Record<string, string>>;
}

export interface KmsRegion {
  keys: Collected<KmsKey>[];
  /** Alias name (`alias/...`) to target key id. */
  aliases: Record<string, string>;
}

export interface KmsKey {
  keyId: string;
  arn: string;
  /** `AWS` or `CUSTOMER`, from DescribeKey. */
  keyManager: string;
  keyState?: string;
}

// ---------------------------------------------------------------- WAFv2

export interface WafRegion extends WafScope {
  /** Web ACL ARN associated with each application load balancer of the region; null when none. */
  webAclByLoadBalancer: Record<string, Collected<string | null>>;
}

export interface WafScope {
  webAcls: Collected<WebAcl>[];
  /** Rule groups referenced by the web ACLs (RuleGroupReferenceStatement), keyed by ARN. */
  ruleGroups: Record<string, Collected<WafRuleGroup>>;
}

export interface WebAcl {
  arn: string;
  name: string;
  id: string;
  /** `allow` or `block`. */
  defaultAction: string;
  managedByFirewallManager: boolean;
  rules: WafRule[];
  /** Rule groups Firewall Manager places before and after the account's own rules. */
  preProcessFirewallManagerRuleGroups: WafRule[];
  postProcessFirewallManagerRuleGroups: WafRule[];
}

export interface WafRuleGroup {
  arn: string;
  name: string;
  rules: WafRule[];
}

export interface WafRule {
  name: string;
  priority: number;
  /** Rule action for rules with a plain statement: `allow`, `block`, `count`, `captcha` or `challenge`. */
  action?: string;
  /** Override action for rule group statements: `none` (the group's own actions apply) or `count`. */
  overrideAction?: string;
  /**
   * The rule's statement as the API returns it, with binary fields (e.g. SearchString) decoded
   * as UTF-8 text so the inventory stays plain JSON. For Firewall Manager rule groups this is the
   * FirewallManagerStatement.
   */
  statement: Record<string, unknown>;
}

// ---------------------------------------------------------------- Lambda and IAM

export interface LambdaRegion {
  functions: LambdaFunction[];
  eventSourceMappings: Collected<EventSourceMapping[]>;
}

export interface LambdaFunction {
  arn: string;
  name: string;
  /** Execution role ARN. */
  role: string;
  runtime?: string;
  /** True when the function is attached to a VPC (needs network-interface permissions). */
  inVpc: boolean;
}

export interface EventSourceMapping {
  uuid: string;
  functionArn: string;
  eventSourceArn?: string;
  state?: string;
}

export interface IamInventory {
  /** Roles by ARN. */
  roles: Record<string, Collected<IamRole>>;
  /** Managed policies attached to those roles, each read once, by ARN. */
  managedPolicies: Record<string, Collected<ManagedPolicy>>;
}

export interface IamRole {
  arn: string;
  name: string;
  attachedPolicyArns: string[];
  /**
   * Inline policies by name, with the document text exactly as IAM returned it (URL-encoded on the
   * wire). The policy evaluator decodes it once.
   */
  inlinePolicies: Record<string, Collected<string>>;
}

export interface ManagedPolicy {
  arn: string;
  name: string;
  /** True for policies owned by AWS (`arn:aws:iam::aws:policy/...`). */
  awsManaged: boolean;
  defaultVersionId: string;
  /** The default version's document text as IAM returned it (raw JSON or URL-encoded). */
  document: string;
}
