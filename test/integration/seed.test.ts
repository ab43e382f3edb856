import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from "@aws-sdk/client-cloudtrail";
import { GetDistributionConfigCommand } from "@aws-sdk/client-cloudfront";
import { DescribeServicesCommand, DescribeTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeTargetGroupsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetRolePolicyCommand } from "@aws-sdk/client-iam";
import { ListEventSourceMappingsCommand } from "@aws-sdk/client-lambda";
import {
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
} from "@aws-sdk/client-rds";
import {
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
} from "@aws-sdk/client-s3";
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { GetTopicAttributesCommand } from "@aws-sdk/client-sns";
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { GetWebACLCommand, GetWebACLForResourceCommand, type Rule } from "@aws-sdk/client-wafv2";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSeedClients, destroySeedClients } from "../../src/demo/seed/clients.js";
import {
  seedReferenceDeployment,
  type ReferenceDeployment,
  type SeedVariant,
} from "../../src/demo/seed/index.js";
import { motoControls } from "../../src/emulator/index.js";

const REGION = "eu-west-1";
const url = inject("motoUrl");
const moto = motoControls(url);
const clients = createSeedClients(url, REGION);

const ALL_PUBLIC_ACCESS_BLOCKED = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const REQUIRED_MANAGED_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesSQLiRuleSet",
];

afterAll(() => destroySeedClients(clients));

/** Expected read-back value of each setting, per variant. */
const EXPECTED = {
  insecure: {
    forceSsl: "0",
    storageEncrypted: false,
    logExports: [],
    httpListenerAction: "forward",
    httpRedirectProtocol: undefined,
    httpRedirectStatus: undefined,
    httpsListenerActions: ["forward"],
    httpsSslPolicy: "ELBSecurityPolicy-2016-08",
    targetGroupProtocol: "HTTP",
    accessLogsEnabled: "false",
    originProtocolPolicy: "http-only",
    originSslProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"],
    viewerProtocolPolicy: "allow-all",
    viewerMinimumProtocol: "TLSv1",
    assetsEncryption: undefined,
    trailBucketEncryption: undefined,
    assetsLogTarget: undefined,
    assetsPublicAccessBlocked: false,
    accountPublicAccessBlock: undefined,
    bucketObjectOwnership: undefined,
    bucketsDenyInsecureTransport: false,
    blockingManagedRuleGroups: [],
    queueManagedSse: "false",
    topicHasKmsKey: false,
    trailMultiRegion: false,
    trailLogFileValidation: false,
    trailLogging: false,
    trailReadWriteTypes: [],
    containerLogDriver: undefined,
    workerActions: ["sqs:*", "sns:*"],
    loadBalancerHasWebAcl: false,
  },
  secure: {
    forceSsl: "1",
    storageEncrypted: true,
    logExports: ["postgresql"],
    httpListenerAction: "redirect",
    httpRedirectProtocol: "HTTPS",
    httpRedirectStatus: "HTTP_301",
    httpsListenerActions: ["authenticate-oidc", "forward"],
    httpsSslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    targetGroupProtocol: "HTTPS",
    accessLogsEnabled: "true",
    originProtocolPolicy: "https-only",
    originSslProtocols: ["TLSv1.2"],
    viewerProtocolPolicy: "redirect-to-https",
    viewerMinimumProtocol: "TLSv1.2_2021",
    assetsEncryption: "aws:kms",
    trailBucketEncryption: "aws:kms",
    assetsLogTarget: "webshop-logs-eu-west-1",
    assetsPublicAccessBlocked: true,
    accountPublicAccessBlock: ALL_PUBLIC_ACCESS_BLOCKED,
    bucketObjectOwnership: "BucketOwnerEnforced",
    bucketsDenyInsecureTransport: true,
    blockingManagedRuleGroups: REQUIRED_MANAGED_RULE_GROUPS,
    // NOTE: moto 5.2.1 keeps SqsManagedSseEnabled "true" even when a KMS key is set.
    queueManagedSse: "true",
    topicHasKmsKey: true,
    trailMultiRegion: true,
    trailLogFileValidation: true,
    trailLogging: true,
    trailReadWriteTypes: ["All"],
    containerLogDriver: "awslogs",
    workerActions: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
    loadBalancerHasWebAcl: true,
  },
} as const satisfies Record<SeedVariant, unknown>;

describe.each(["insecure", "secure"] as const)("%s variant", (variant) => {
  const expected = EXPECTED[variant];
  let deployment: ReferenceDeployment;

  beforeAll(async () => {
    await moto.reset();
    deployment = await seedReferenceDeployment(url, { variant, region: REGION });
  });

  it("names resources readably", () => {
    expect(deployment.loadBalancer.name).toBe("webshop-alb");
    expect(deployment.database.clusterIdentifier).toBe("webshop-db");
    expect(deployment.assetsBucket.name).toBe("webshop-assets-eu-west-1");
    expect(deployment.messaging.queueName).toBe("webshop-jobs");
    expect(deployment.messaging.topicName).toBe("webshop-events");
    expect(deployment.worker.functionName).toBe("webshop-worker");
  });

  it("cluster group sets rds.force_ssl", async () => {
    const parameters = await clients.rds.send(
      new DescribeDBClusterParametersCommand({
        DBClusterParameterGroupName: deployment.database.clusterParameterGroupName,
      }),
    );
    const forceSsl = parameters.Parameters?.find((p) => p.ParameterName === "rds.force_ssl");

    expect(forceSsl?.ParameterValue).toBe(expected.forceSsl);
  });

  it("cluster uses the custom group", async () => {
    const cluster = await describeCluster(deployment);

    expect(cluster?.Engine).toBe("aurora-postgresql");
    expect(cluster?.DBClusterParameterGroup).toBe("webshop-aurora-postgresql15");
  });

  it("cluster storage encryption", async () => {
    const cluster = await describeCluster(deployment);

    expect(cluster?.StorageEncrypted).toBe(expected.storageEncrypted);
  });

  it("cluster log exports", async () => {
    const cluster = await describeCluster(deployment);

    expect(cluster?.EnabledCloudwatchLogsExports ?? []).toEqual(expected.logExports);
  });

  it("instance is a cluster member", async () => {
    const instances = await clients.rds.send(
      new DescribeDBInstancesCommand({
        DBInstanceIdentifier: deployment.database.instanceIdentifier,
      }),
    );

    expect(instances.DBInstances?.[0]?.DBClusterIdentifier).toBe("webshop-db");
  });

  it("HTTP listener action", async () => {
    const listener = await describeListener(deployment, 80);

    expect(listener?.Protocol).toBe("HTTP");
    expect(listener?.DefaultActions?.[0]?.Type).toBe(expected.httpListenerAction);
  });

  it("HTTP listener redirect target", async () => {
    const listener = await describeListener(deployment, 80);
    const redirect = listener?.DefaultActions?.[0]?.RedirectConfig;

    expect(redirect?.Protocol).toBe(expected.httpRedirectProtocol);
    expect(redirect?.StatusCode).toBe(expected.httpRedirectStatus);
  });

  it("HTTPS listener TLS policy", async () => {
    const listener = await describeListener(deployment, 443);

    expect(listener?.Protocol).toBe("HTTPS");
    expect(listener?.SslPolicy).toBe(expected.httpsSslPolicy);
    expect(listener?.Certificates?.[0]?.CertificateArn).toBe(
      deployment.loadBalancer.certificateArn,
    );
  });

  it("HTTPS listener action chain", async () => {
    const listener = await describeListener(deployment, 443);
    const types = (listener?.DefaultActions ?? []).map((action) => action.Type);

    expect(types).toEqual(expected.httpsListenerActions);
  });

  it("target group protocol", async () => {
    const groups = await clients.elbv2.send(
      new DescribeTargetGroupsCommand({
        TargetGroupArns: [deployment.loadBalancer.targetGroupArn],
      }),
    );

    expect(groups.TargetGroups?.[0]?.Protocol).toBe(expected.targetGroupProtocol);
    expect(groups.TargetGroups?.[0]?.HealthCheckProtocol).toBe(expected.targetGroupProtocol);
  });

  it("load balancer access logs", async () => {
    const attributes = await clients.elbv2.send(
      new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: deployment.loadBalancer.arn }),
    );
    // A fresh ALB in moto has no access_logs.s3.enabled key at all; AWS reports "false".
    const enabled = attributes.Attributes?.find((a) => a.Key === "access_logs.s3.enabled");

    expect(enabled?.Value ?? "false").toBe(expected.accessLogsEnabled);
  });

  it("distribution origin is the ALB", async () => {
    const origin = await describeLoadBalancerOrigin(deployment);

    expect(origin?.DomainName).toBe(deployment.loadBalancer.dnsName);
    expect(origin?.CustomOriginConfig?.OriginProtocolPolicy).toBe(expected.originProtocolPolicy);
    expect(origin?.CustomOriginConfig?.OriginSslProtocols?.Items).toEqual(
      expected.originSslProtocols,
    );
  });

  it("distribution viewer protocol", async () => {
    const config = await clients.cloudfront.send(
      new GetDistributionConfigCommand({ Id: deployment.distribution.id }),
    );
    const distribution = config.DistributionConfig;

    expect(distribution?.DefaultCacheBehavior?.ViewerProtocolPolicy).toBe(
      expected.viewerProtocolPolicy,
    );
    expect(distribution?.ViewerCertificate?.MinimumProtocolVersion).toBe(
      expected.viewerMinimumProtocol,
    );
  });

  it("distribution web ACL", async () => {
    const config = await clients.cloudfront.send(
      new GetDistributionConfigCommand({ Id: deployment.distribution.id }),
    );

    expect(config.DistributionConfig?.WebACLId ?? "").toBe(
      deployment.webAcls?.distribution.arn ?? "",
    );
  });

  it("load balancer web ACL", async () => {
    const found = await clients.wafv2.send(
      new GetWebACLForResourceCommand({ ResourceArn: deployment.loadBalancer.arn }),
    );

    expect(found.WebACL?.ARN !== undefined).toBe(expected.loadBalancerHasWebAcl);
  });

  it("assets bucket encryption", async () => {
    const algorithm = await defaultEncryptionAlgorithm(deployment.assetsBucket.name);

    expect(algorithm).toBe(expected.assetsEncryption);
  });

  it("trail bucket encryption", async () => {
    const algorithm = await defaultEncryptionAlgorithm(deployment.trail.bucketName);

    expect(algorithm).toBe(expected.trailBucketEncryption);
  });

  it("assets bucket access logging", async () => {
    const logging = await clients.s3.send(
      new GetBucketLoggingCommand({ Bucket: deployment.assetsBucket.name }),
    );

    expect(logging.LoggingEnabled?.TargetBucket).toBe(expected.assetsLogTarget);
  });

  it("assets bucket public access block", async () => {
    const blocked = await clients.s3
      .send(new GetPublicAccessBlockCommand({ Bucket: deployment.assetsBucket.name }))
      .then(
        (block) => block.PublicAccessBlockConfiguration?.BlockPublicPolicy === true,
        (error: Error) => {
          if (error.name === "NoSuchPublicAccessBlockConfiguration") return false;
          throw error;
        },
      );

    expect(blocked).toBe(expected.assetsPublicAccessBlocked);
  });

  it("account public access block", async () => {
    const configuration = await clients.s3control
      .send(new GetAccountPublicAccessBlockCommand({ AccountId: deployment.accountId }))
      .then(
        (block) => block.PublicAccessBlockConfiguration,
        (error: Error) => {
          if (error.name === "NoSuchPublicAccessBlockConfiguration") return undefined;
          throw error;
        },
      );

    expect(configuration).toEqual(expected.accountPublicAccessBlock);
  });

  it("bucket object ownership", async () => {
    for (const bucket of bucketNames(deployment)) {
      expect(await objectOwnership(bucket), bucket).toBe(expected.bucketObjectOwnership);
    }
  });

  it("bucket policy denies requests without TLS", async () => {
    for (const bucket of bucketNames(deployment)) {
      expect(await deniesInsecureTransport(bucket), bucket).toBe(
        expected.bucketsDenyInsecureTransport,
      );
    }
  });

  it("load balancer web ACL managed groups", async () => {
    const found = await clients.wafv2.send(
      new GetWebACLForResourceCommand({ ResourceArn: deployment.loadBalancer.arn }),
    );

    expect(blockingManagedGroups(found.WebACL?.Rules)).toEqual(expected.blockingManagedRuleGroups);
  });

  it("distribution web ACL managed groups", async () => {
    const webAcl = deployment.webAcls?.distribution;
    const found =
      webAcl === undefined
        ? undefined
        : await clients.wafv2Global.send(
            new GetWebACLCommand({
              Name: webAcl.name,
              Scope: "CLOUDFRONT",
              Id: webAcl.arn.split("/").at(-1),
            }),
          );

    expect(blockingManagedGroups(found?.WebACL?.Rules)).toEqual(expected.blockingManagedRuleGroups);
  });

  it("queue encryption", async () => {
    const queue = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: deployment.messaging.queueUrl,
        AttributeNames: ["SqsManagedSseEnabled", "KmsMasterKeyId"],
      }),
    );

    expect(queue.Attributes?.SqsManagedSseEnabled).toBe(expected.queueManagedSse);
    expect(queue.Attributes?.KmsMasterKeyId).toBe(deployment.dataKey?.keyArn);
  });

  it("topic encryption", async () => {
    const topic = await clients.sns.send(
      new GetTopicAttributesCommand({ TopicArn: deployment.messaging.topicArn }),
    );

    expect(topic.Attributes?.KmsMasterKeyId !== undefined).toBe(expected.topicHasKmsKey);
  });

  it("trail settings", async () => {
    const trails = await clients.cloudtrail.send(
      new DescribeTrailsCommand({ trailNameList: [deployment.trail.name] }),
    );
    const trail = trails.trailList?.[0];

    expect(trail?.IsMultiRegionTrail).toBe(expected.trailMultiRegion);
    expect(trail?.LogFileValidationEnabled).toBe(expected.trailLogFileValidation);
  });

  it("trail logging status", async () => {
    const status = await clients.cloudtrail.send(
      new GetTrailStatusCommand({ Name: deployment.trail.name }),
    );

    expect(status.IsLogging).toBe(expected.trailLogging);
  });

  it("trail event selectors", async () => {
    const selectors = await clients.cloudtrail.send(
      new GetEventSelectorsCommand({ TrailName: deployment.trail.name }),
    );
    const readWriteTypes = (selectors.EventSelectors ?? []).map((s) => s.ReadWriteType);

    expect(readWriteTypes).toEqual(expected.trailReadWriteTypes);
  });

  it("container log configuration", async () => {
    const task = await clients.ecs.send(
      new DescribeTaskDefinitionCommand({
        taskDefinition: deployment.containerService.taskDefinitionArn,
      }),
    );
    const container = task.taskDefinition?.containerDefinitions?.[0];

    expect(container?.logConfiguration?.logDriver).toBe(expected.containerLogDriver);
  });

  it("service sits behind the target group", async () => {
    const services = await clients.ecs.send(
      new DescribeServicesCommand({
        cluster: deployment.containerService.clusterName,
        services: [deployment.containerService.serviceName],
      }),
    );
    const service = services.services?.[0];

    expect(service?.launchType).toBe("FARGATE");
    expect(service?.loadBalancers?.[0]?.targetGroupArn).toBe(
      deployment.loadBalancer.targetGroupArn,
    );
  });

  it("worker is fed by the jobs queue", async () => {
    const mappings = await clients.lambda.send(
      new ListEventSourceMappingsCommand({ FunctionName: deployment.worker.functionName }),
    );

    expect(mappings.EventSourceMappings?.[0]?.EventSourceArn).toBe(deployment.messaging.queueArn);
  });

  it("worker role permissions", async () => {
    const policy = await clients.iam.send(
      new GetRolePolicyCommand({
        RoleName: deployment.worker.roleName,
        PolicyName: deployment.worker.rolePolicyName,
      }),
    );
    const document = JSON.parse(decodeURIComponent(policy.PolicyDocument ?? "")) as {
      Statement: { Action: string | string[] }[];
    };

    expect(document.Statement[0]?.Action).toEqual(expected.workerActions);
  });
});

describe("seed endpoint guard", () => {
  it("rejects a non-loopback endpoint", async () => {
    const seeding = seedReferenceDeployment("https://s3.amazonaws.com", {
      variant: "insecure",
      region: REGION,
    });

    await expect(seeding).rejects.toThrow(/only runs against a local emulator/);
  });
});

async function describeCluster(deployment: ReferenceDeployment) {
  const clusters = await clients.rds.send(
    new DescribeDBClustersCommand({ DBClusterIdentifier: deployment.database.clusterIdentifier }),
  );
  return clusters.DBClusters?.[0];
}

async function describeListener(deployment: ReferenceDeployment, port: number) {
  const listeners = await clients.elbv2.send(
    new DescribeListenersCommand({ LoadBalancerArn: deployment.loadBalancer.arn }),
  );
  return listeners.Listeners?.find((listener) => listener.Port === port);
}

async function describeLoadBalancerOrigin(deployment: ReferenceDeployment) {
  const config = await clients.cloudfront.send(
    new GetDistributionConfigCommand({ Id: deployment.distribution.id }),
  );
  return config.DistributionConfig?.Origins?.Items?.find(
    (origin) => origin.Id === deployment.distribution.loadBalancerOriginId,
  );
}

/** Lists every bucket the deployment created. The log bucket exists only in the secure variant. */
function bucketNames(deployment: ReferenceDeployment): string[] {
  const names = [deployment.assetsBucket.name, deployment.trail.bucketName];
  if (deployment.logBucket !== undefined) names.push(deployment.logBucket.name);
  return names;
}

/** Returns the bucket's Object Ownership, or undefined when it has no ownership controls. */
async function objectOwnership(bucket: string): Promise<string | undefined> {
  try {
    const controls = await clients.s3.send(
      new GetBucketOwnershipControlsCommand({ Bucket: bucket }),
    );
    return controls.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
  } catch (error) {
    if ((error as Error).name === "OwnershipControlsNotFoundError") return undefined;
    throw error;
  }
}

/**
 * True when the bucket policy has a statement that denies s3:* to Principal "*" on the bucket and
 * its objects, with Bool aws:SecureTransport "false" as its only condition.
 */
async function deniesInsecureTransport(bucket: string): Promise<boolean> {
  let policy: string | undefined;
  try {
    policy = (await clients.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).Policy;
  } catch (error) {
    if ((error as Error).name === "NoSuchBucketPolicy") return false;
    throw error;
  }

  const bucketArn = `arn:aws:s3:::${bucket}`;
  const document = JSON.parse(policy ?? "{}") as { Statement?: Record<string, unknown>[] };
  return (document.Statement ?? []).some(
    (statement) =>
      statement.Effect === "Deny" &&
      statement.Principal === "*" &&
      statement.Action === "s3:*" &&
      JSON.stringify(statement.Resource) === JSON.stringify([bucketArn, `${bucketArn}/*`]) &&
      JSON.stringify(statement.Condition) ===
        JSON.stringify({ Bool: { "aws:SecureTransport": "false" } }),
  );
}

/** Names the AWS managed rule groups that run with override action None, in priority order. */
function blockingManagedGroups(rules: Rule[] | undefined): string[] {
  return [...(rules ?? [])]
    .sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0))
    .filter((rule) => rule.OverrideAction?.None !== undefined)
    .map((rule) => rule.Statement?.ManagedRuleGroupStatement)
    .filter((group) => group?.VendorName === "AWS")
    .map((group) => group?.Name ?? "");
}

/** Returns the bucket's default encryption algorithm, or undefined when it has none. */
async function defaultEncryptionAlgorithm(bucket: string): Promise<string | undefined> {
  try {
    const encryption = await clients.s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
    const rule = encryption.ServerSideEncryptionConfiguration?.Rules?.[0];
    return rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
  } catch (error) {
    if ((error as Error).name === "ServerSideEncryptionConfigurationNotFoundError")
      return undefined;
    throw error;
  }
}
