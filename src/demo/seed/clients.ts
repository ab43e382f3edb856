import { ACMClient } from "@aws-sdk/client-acm";
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { IAMClient } from "@aws-sdk/client-iam";
import { KMSClient } from "@aws-sdk/client-kms";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { RDSClient } from "@aws-sdk/client-rds";
import { S3Client } from "@aws-sdk/client-s3";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { STSClient } from "@aws-sdk/client-sts";
import { WAFV2Client } from "@aws-sdk/client-wafv2";
import { isLoopbackUrl } from "../../emulator/loopback.js";

/**
 * CloudFront, its certificates and WAF web ACLs of scope CLOUDFRONT live in us-east-1, whatever
 * the workload's region.
 */
export const GLOBAL_REGION = "us-east-1";

/** The emulator accepts any key, and this one matches no real account. */
const FAKE_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };

/**
 * Plain, unguarded SDK clients for writing scenarios into the local emulator. They are separate
 * from the auditor's read-only clients on purpose: seeding has to write.
 */
export interface SeedClients {
  readonly region: string;
  readonly sts: STSClient;
  readonly acm: ACMClient;
  /** ACM in us-east-1, the only region whose certificates CloudFront can use. */
  readonly acmGlobal: ACMClient;
  readonly ec2: EC2Client;
  readonly kms: KMSClient;
  readonly rds: RDSClient;
  readonly elbv2: ElasticLoadBalancingV2Client;
  readonly ecs: ECSClient;
  readonly s3: S3Client;
  /** S3 Control, for the account-level Block Public Access settings. */
  readonly s3control: S3ControlClient;
  readonly sqs: SQSClient;
  readonly sns: SNSClient;
  readonly iam: IAMClient;
  readonly lambda: LambdaClient;
  readonly cloudtrail: CloudTrailClient;
  readonly wafv2: WAFV2Client;
  /** WAFv2 in us-east-1, for web ACLs of scope CLOUDFRONT. */
  readonly wafv2Global: WAFV2Client;
  readonly cloudfront: CloudFrontClient;
}

/**
 * Builds the seeding clients for one region against the emulator at `endpointUrl`.
 *
 * @throws Error when the endpoint is not a loopback address, so seeding can never write to AWS.
 */
export function createSeedClients(endpointUrl: string, region: string): SeedClients {
  assertLoopbackEndpoint(endpointUrl);

  const config = (clientRegion: string) => ({
    region: clientRegion,
    endpoint: endpointUrl,
    credentials: FAKE_CREDENTIALS,
  });

  return {
    region,
    sts: new STSClient(config(region)),
    acm: new ACMClient(config(region)),
    acmGlobal: new ACMClient(config(GLOBAL_REGION)),
    ec2: new EC2Client(config(region)),
    kms: new KMSClient(config(region)),
    rds: new RDSClient(config(region)),
    elbv2: new ElasticLoadBalancingV2Client(config(region)),
    ecs: new ECSClient(config(region)),
    // The emulator serves every bucket from one host, so virtual-hosted addressing cannot work.
    s3: new S3Client({ ...config(region), forcePathStyle: true }),
    // The S3 Control endpoint rules put the account ID in front of the host
    // (`123456789012.127.0.0.1`), which is not a valid URL, so the endpoint is used as given.
    s3control: new S3ControlClient({
      ...config(region),
      endpointProvider: () => ({ url: new URL(endpointUrl) }),
    }),
    sqs: new SQSClient(config(region)),
    sns: new SNSClient(config(region)),
    iam: new IAMClient(config(region)),
    lambda: new LambdaClient(config(region)),
    cloudtrail: new CloudTrailClient(config(region)),
    wafv2: new WAFV2Client(config(region)),
    wafv2Global: new WAFV2Client(config(GLOBAL_REGION)),
    cloudfront: new CloudFrontClient(config(GLOBAL_REGION)),
  };
}

/** Closes every client's connection pool. */
export function destroySeedClients(clients: SeedClients): void {
  for (const client of Object.values(clients)) {
    if (typeof client === "object" && client !== null && "destroy" in client) {
      (client as { destroy(): void }).destroy();
    }
  }
}

function assertLoopbackEndpoint(endpointUrl: string): void {
  if (!isLoopbackUrl(endpointUrl)) {
    throw new Error(
      `Seeding writes resources, so it only runs against a local emulator, but the endpoint ` +
        `"${endpointUrl}" is not a URL on 127.0.0.1 or localhost. Start moto_server locally and ` +
        `pass its URL.`,
    );
  }
}
