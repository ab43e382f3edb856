import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import type { EC2Client } from "@aws-sdk/client-ec2";
import { ECSClient } from "@aws-sdk/client-ecs";
import { IAMClient } from "@aws-sdk/client-iam";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { WAFV2Client } from "@aws-sdk/client-wafv2";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { KMSClient } from "@aws-sdk/client-kms";
import { RDSClient } from "@aws-sdk/client-rds";
import { S3Client } from "@aws-sdk/client-s3";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { STSClient } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentityProvider, Pluggable } from "@smithy/types";
import pLimit, { type LimitFunction } from "p-limit";
import { CallStats } from "./call-stats.js";
import { callTracker, type CallRecord } from "./call-tracker.js";
import { readOnlyGuard } from "./read-only-guard.js";
import type { ServiceName } from "./read-operations.js";

const CLIENT_CLASSES = {
  sts: STSClient,
  rds: RDSClient,
  elbv2: ElasticLoadBalancingV2Client,
  cloudfront: CloudFrontClient,
  s3: S3Client,
  s3control: S3ControlClient,
  cloudtrail: CloudTrailClient,
  ecs: ECSClient,
  sqs: SQSClient,
  sns: SNSClient,
  kms: KMSClient,
  wafv2: WAFV2Client,
  lambda: LambdaClient,
  iam: IAMClient,
} as const satisfies Record<Exclude<ServiceName, "ec2">, unknown>;

/**
 * The EC2 package takes about half a second to import, and the auditor needs it only to list
 * regions when --region is not given, so its client class is loaded on first use.
 */
type LazyService = "ec2";

interface ClientTypes {
  ec2: EC2Client;
}

export type AuditClient<S extends ServiceName> = S extends LazyService
  ? ClientTypes[S]
  : InstanceType<(typeof CLIENT_CLASSES)[Exclude<S, LazyService>]>;

export interface ClientFactoryOptions {
  credentials: AwsCredentialIdentityProvider;
  /** Custom endpoint for every service, e.g. a local emulator. The SDK's AWS_ENDPOINT_URL* variables also apply. */
  endpointUrl?: string;
  /** Maximum attempts per call, retries included, with the SDK's adaptive retry mode. */
  maxAttempts: number;
  /** Maximum calls in flight per service and region. */
  concurrency: number;
  /** Maximum wait for one attempt's response, in milliseconds (default 30,000). */
  requestTimeoutMs?: number;
  /** Called after every call settles, e.g. for verbose logging. */
  onCall?: (record: CallRecord) => void;
}

const CONNECTION_TIMEOUT_MS = 5_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Builds every AWS client the auditor uses, one per service and region, each carrying the
 * read-only guard, the call tracker and a shared concurrency limit for its service and region.
 */
export class ClientFactory {
  private readonly clients = new Map<string, unknown>();
  private readonly limits = new Map<string, LimitFunction>();
  readonly stats = new CallStats();

  constructor(private readonly options: ClientFactoryOptions) {}

  get<S extends Exclude<ServiceName, LazyService>>(service: S, region: string): AuditClient<S> {
    return this.getOrCreate(service, region, CLIENT_CLASSES[service] as never);
  }

  /** Returns the EC2 client of a region, importing the EC2 package on first use. */
  async ec2(region: string): Promise<EC2Client> {
    const { EC2Client } = await import("@aws-sdk/client-ec2");
    return this.getOrCreate("ec2", region, EC2Client);
  }

  private getOrCreate<S extends ServiceName>(
    service: S,
    region: string,
    ClientClass: new (config: object) => AuditClient<S>,
  ): AuditClient<S> {
    const key = `${service}/${region}`;
    let client = this.clients.get(key) as AuditClient<S> | undefined;
    if (client === undefined) {
      client = this.create(service, region, ClientClass);
      this.clients.set(key, client);
    }
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) (client as { destroy(): void }).destroy();
    this.clients.clear();
  }

  private create<S extends ServiceName>(
    service: S,
    region: string,
    ClientClass: new (config: object) => AuditClient<S>,
  ): AuditClient<S> {
    const client = new ClientClass(this.configFor(service, region));

    const stack = (
      client as unknown as { middlewareStack: { use(plugin: Pluggable<object, object>): void } }
    ).middlewareStack;
    stack.use(readOnlyGuard(service));
    const onCall = (record: CallRecord) => {
      this.stats.record(record);
      this.options.onCall?.(record);
    };
    stack.use(callTracker(service, region, this.limitFor(service, region), onCall));
    return client;
  }

  private configFor(service: ServiceName, region: string): object {
    const endpoint = customEndpoint(service, this.options.endpointUrl);
    const config: Record<string, unknown> = {
      region,
      credentials: this.options.credentials,
      retryMode: "adaptive",
      maxAttempts: this.options.maxAttempts,
      // Without timeouts a server that accepts the connection and never responds stalls the
      // audit forever; a timed-out attempt is retried like any transient failure.
      requestHandler: {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        // The handler only logs a warning on requestTimeout unless throwOnRequestTimeout makes it fail the attempt.
        throwOnRequestTimeout: true,
      },
    };
    if (this.options.endpointUrl !== undefined) config.endpoint = this.options.endpointUrl;

    if (endpoint !== undefined && service === "s3") config.forcePathStyle = true;

    // The S3 Control endpoint rules put the account id in front of the host (`123456789012.host`),
    // which cannot resolve for an emulator on 127.0.0.1; use the custom endpoint as given instead.
    if (endpoint !== undefined && service === "s3control") {
      const url = new URL(endpoint);
      config.endpointProvider = () => ({ url });
    }
    return config;
  }

  private limitFor(
    service: ServiceName,
    region: string,
  ): <T>(task: () => Promise<T>) => Promise<T> {
    const key = `${service}/${region}`;
    let limit = this.limits.get(key);
    if (limit === undefined) {
      limit = pLimit(this.options.concurrency);
      this.limits.set(key, limit);
    }
    return limit;
  }
}

/** The custom endpoint in force for a service: the flag, then the SDK's service and global variables. */
export function customEndpoint(service: ServiceName, flag: string | undefined): string | undefined {
  if (flag !== undefined) return flag;

  const serviceVariable = `AWS_ENDPOINT_URL_${ENDPOINT_VARIABLE_SUFFIX[service]}`;
  return process.env[serviceVariable] ?? process.env.AWS_ENDPOINT_URL;
}

/** The service id part of the SDK's `AWS_ENDPOINT_URL_<SERVICE>` variables. */
const ENDPOINT_VARIABLE_SUFFIX: Record<ServiceName, string> = {
  sts: "STS",
  ec2: "EC2",
  rds: "RDS",
  elbv2: "ELASTIC_LOAD_BALANCING_V2",
  cloudfront: "CLOUDFRONT",
  s3: "S3",
  s3control: "S3_CONTROL",
  cloudtrail: "CLOUDTRAIL",
  ecs: "ECS",
  sqs: "SQS",
  sns: "SNS",
  kms: "KMS",
  wafv2: "WAFV2",
  lambda: "LAMBDA",
  iam: "IAM",
};
