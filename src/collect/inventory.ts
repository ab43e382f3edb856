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
}

export type InventoryPart = keyof InventoryParts;

// ---------------------------------------------------------------- RDS

export interface RdsRegion {
  instances: DbInstance[];
  clusters: DbCluster[];
  /** DB parameter groups referenced by instances, keyed by name. */
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
