/** The kinds of AWS resource a threat model's affected components are matched to. */
export type ComponentKind =
  | "database"
  | "load-balancer"
  | "cdn"
  | "container-service"
  | "bucket"
  | "queue"
  | "topic"
  | "function";

interface KindDefinition {
  kind: ComponentKind;
  /** Whole words or phrases that mark a component name as this kind, in lower case. */
  words: string[];
  /** Resource types in CloudFormation spelling that findings about this kind carry. */
  resourceTypes: string[];
  /** Name of the kind in messages and the plan. */
  label: string;
}

const KINDS: KindDefinition[] = [
  {
    kind: "database",
    words: ["aurora", "rds", "database", "postgres", "postgresql", "mysql", "mariadb"],
    resourceTypes: ["AWS::RDS::DBCluster", "AWS::RDS::DBInstance"],
    label: "database",
  },
  {
    kind: "load-balancer",
    words: ["load balancer", "alb", "elb", "elbv2", "elastic load balancing"],
    resourceTypes: [
      "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancingV2::Listener",
      "AWS::ElasticLoadBalancingV2::TargetGroup",
    ],
    label: "load balancer",
  },
  {
    kind: "cdn",
    words: ["cloudfront", "cdn"],
    resourceTypes: ["AWS::CloudFront::Distribution"],
    label: "CDN",
  },
  {
    kind: "container-service",
    words: ["ecs", "fargate", "container", "containers"],
    resourceTypes: ["AWS::ECS::Cluster", "AWS::ECS::Service", "AWS::ECS::TaskDefinition"],
    label: "container service",
  },
  {
    kind: "bucket",
    words: ["s3", "bucket"],
    resourceTypes: ["AWS::S3::Bucket"],
    label: "bucket",
  },
  { kind: "queue", words: ["sqs", "queue"], resourceTypes: ["AWS::SQS::Queue"], label: "queue" },
  { kind: "topic", words: ["sns", "topic"], resourceTypes: ["AWS::SNS::Topic"], label: "topic" },
  {
    kind: "function",
    words: ["lambda", "function"],
    resourceTypes: ["AWS::Lambda::Function"],
    label: "function",
  },
];

const KIND_PATTERNS = KINDS.map((definition) => ({
  ...definition,
  pattern: new RegExp(`\\b(?:${definition.words.join("|")})\\b`, "i"),
}));

/**
 * Returns the kinds a component name mentions, e.g. `Aurora (RDS)` is a database and
 * `SNS/SQS fan-out` is a topic and a queue. A name that mentions none has no kind.
 */
export function componentKinds(name: string): ComponentKind[] {
  return KIND_PATTERNS.filter(({ pattern }) => pattern.test(name)).map(({ kind }) => kind);
}

export function kindLabel(kind: ComponentKind): string {
  return KINDS.find((definition) => definition.kind === kind)?.label ?? kind;
}

export function kindResourceTypes(kind: ComponentKind): string[] {
  return KINDS.find((definition) => definition.kind === kind)?.resourceTypes ?? [];
}

/** Reduces a component name for comparison: case and surrounding spaces do not matter. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}
