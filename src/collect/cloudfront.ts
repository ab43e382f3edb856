import { distinctPages } from "./pages.js";
import {
  GetDistributionConfigCommand,
  paginateListDistributions,
  type CloudFrontClient,
  type DistributionConfig as SdkDistributionConfig,
  type DistributionSummary,
  type Origin,
} from "@aws-sdk/client-cloudfront";
import { actionsFor } from "../aws/read-operations.js";
import { GLOBAL_REGION } from "../aws/regions.js";
import { collected } from "./collected.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { CloudFrontDistribution, CloudFrontOrigin, DistributionConfig } from "./inventory.js";

/**
 * Reads every CloudFront distribution with its configuration. The list summaries lack the logging
 * configuration, and moto 5.2.1 also leaves out the web ACL, origins and cache behaviors, so each
 * distribution's configuration is read by id.
 */
export const cloudfrontCollector: Collector<"cloudfront"> = {
  part: "cloudfront",
  service: "cloudfront",
  scope: "global",
  label: "CloudFront",
  actions: actionsFor("cloudfront", ["ListDistributions", "GetDistributionConfig"]),

  async collect(context) {
    const client = context.clients.get("cloudfront", GLOBAL_REGION);
    const summaries = await listDistributions(client);
    return mapConcurrently(summaries, (summary) =>
      readDistribution(client, summary, context.accountId),
    );
  },

  countResources: (distributions) => distributions.length,
};

/** Lists the distribution summaries, following NextMarker while IsTruncated is true. */
async function listDistributions(client: CloudFrontClient): Promise<DistributionSummary[]> {
  const summaries: DistributionSummary[] = [];
  const pages = distinctPages(
    paginateListDistributions({ client, stopOnSameToken: true }, {}),
    "cloudfront",
    "ListDistributions",
  );
  for await (const page of pages) {
    summaries.push(...(page.DistributionList?.Items ?? []));
    if (page.DistributionList?.IsTruncated !== true) break;
  }
  return summaries;
}

async function readDistribution(
  client: CloudFrontClient,
  summary: DistributionSummary,
  accountId: string,
): Promise<CloudFrontDistribution> {
  const id = summary.Id ?? "";
  const context = {
    service: "cloudfront",
    operation: "GetDistributionConfig",
    region: GLOBAL_REGION,
    resource: id,
  } as const;
  const response = await attempt(context, async (): Promise<Partial<SdkDistributionConfig>> => {
    const output = await client.send(new GetDistributionConfigCommand({ Id: id }));
    return output.DistributionConfig ?? {};
  });

  const enabledInConfig = response.ok ? response.value.Enabled : undefined;
  return {
    arn: summary.ARN ?? `arn:aws:cloudfront::${accountId}:distribution/${id}`,
    id,
    domainName: summary.DomainName ?? "",
    // An emulator's summary may lack Enabled, so the configuration's value comes next. A
    // distribution whose state is unknown counts as enabled, so its checks still run.
    enabled: summary.Enabled ?? enabledInConfig ?? true,
    config: response.ok ? collected(toDistributionConfig(response.value)) : response,
  };
}

function toDistributionConfig(config: Partial<SdkDistributionConfig>): DistributionConfig {
  const defaultPolicy = config.DefaultCacheBehavior?.ViewerProtocolPolicy;
  const behaviorPolicies = (config.CacheBehaviors?.Items ?? []).map(
    (behavior) => behavior.ViewerProtocolPolicy,
  );
  const logging = config.Logging;

  const result: DistributionConfig = {
    origins: (config.Origins?.Items ?? []).map(toOrigin),
    viewerProtocolPolicies: [defaultPolicy, ...behaviorPolicies].filter(
      (policy): policy is NonNullable<typeof policy> => policy !== undefined,
    ),
    logging: { enabled: logging?.Enabled ?? false },
  };
  // CloudFront returns an empty WebACLId when no web ACL is associated.
  if (config.WebACLId) result.webAclId = config.WebACLId;
  if (defaultPolicy !== undefined) result.defaultViewerProtocolPolicy = defaultPolicy;

  const minimumProtocolVersion = config.ViewerCertificate?.MinimumProtocolVersion;
  if (minimumProtocolVersion !== undefined) result.minimumProtocolVersion = minimumProtocolVersion;

  if (logging?.Bucket) result.logging.bucket = logging.Bucket;
  if (logging?.Prefix) result.logging.prefix = logging.Prefix;
  return result;
}

/** S3 REST endpoints such as `bucket.s3.amazonaws.com`, `bucket.s3.eu-west-1.amazonaws.com` or `bucket.s3-eu-west-1.amazonaws.com`. */
const S3_ORIGIN_DOMAIN = /\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;

function toOrigin(origin: Origin): CloudFrontOrigin {
  const custom = origin.CustomOriginConfig;
  const domainName = origin.DomainName ?? "";
  const result: CloudFrontOrigin = {
    id: origin.Id ?? "",
    domainName,
    // NOTE: moto 5.2.1 drops S3OriginConfig from GetDistributionConfig, so an origin without any
    // origin config on an S3 REST endpoint is also taken as an S3 origin.
    isS3Origin:
      origin.S3OriginConfig !== undefined ||
      (custom === undefined &&
        origin.VpcOriginConfig === undefined &&
        S3_ORIGIN_DOMAIN.test(domainName)),
  };
  if (custom?.OriginProtocolPolicy !== undefined) {
    result.originProtocolPolicy = custom.OriginProtocolPolicy;
  }
  if (custom?.OriginSslProtocols?.Items !== undefined) {
    result.originSslProtocols = custom.OriginSslProtocols.Items;
  }
  return result;
}
