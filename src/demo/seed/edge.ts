import {
  CreateDistributionCommand,
  CreateOriginAccessControlCommand,
  type CacheBehavior,
  type DistributionConfig,
  type Origin,
  type ViewerProtocolPolicy,
} from "@aws-sdk/client-cloudfront";
import type { SeededAssetsBucket } from "./assets-bucket.js";
import { SHOP_DOMAIN } from "./certificate.js";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededLoadBalancer } from "./load-balancer.js";
import type { SeededLogBucket } from "./log-bucket.js";

const LOAD_BALANCER_ORIGIN_ID = "webshop-alb";
const ASSETS_ORIGIN_ID = "webshop-assets";
/** AWS's managed cache policy "Managed-CachingOptimized". */
const CACHING_OPTIMIZED_POLICY_ID = "658327ea-f89d-4fab-a63d-7e88639e58f6";

export interface SeededDistribution {
  id: string;
  arn: string;
  domainName: string;
  /** Origin whose domain is the load balancer's DNS name. */
  loadBalancerOriginId: string;
  assetsOriginId: string;
}

/** Resources the distribution points at, and the secure variant's log bucket, web ACL and certificate. */
export interface DistributionInputs {
  loadBalancer: SeededLoadBalancer;
  assetsBucket: SeededAssetsBucket;
  logBucket: SeededLogBucket | undefined;
  webAclArn: string | undefined;
  /** ACM certificate in us-east-1 for the shop domain (secure variant). */
  certificateArn: string | undefined;
}

/**
 * Creates the CloudFront distribution in front of the load balancer (a custom origin) and the
 * assets bucket (an S3 origin). Insecure: viewers may use plain HTTP, the distribution reaches the
 * load balancer over HTTP only, and the bucket is read without origin access control. Secure:
 * viewers are redirected to HTTPS with TLS 1.2 as the minimum, the load balancer origin is
 * https-only with TLS 1.2, the bucket is read through origin access control, requests are logged
 * and a web ACL is attached.
 */
export async function seedDistribution(
  context: SeedContext,
  inputs: DistributionInputs,
): Promise<SeededDistribution> {
  const { cloudfront } = context.clients;
  const secure = context.variant === "secure";

  const originAccessControlId = secure ? await createOriginAccessControl(context) : undefined;

  const viewerProtocolPolicy: ViewerProtocolPolicy = secure ? "redirect-to-https" : "allow-all";
  const config: DistributionConfig = {
    CallerReference: `${context.names.distributionComment} ${context.region}`,
    Comment: context.names.distributionComment,
    Enabled: true,
    HttpVersion: "http2and3",
    DefaultRootObject: "index.html",
    Origins: {
      Quantity: 2,
      Items: [
        loadBalancerOrigin(context, inputs.loadBalancer),
        assetsOrigin(context, inputs.assetsBucket, originAccessControlId),
      ],
    },
    DefaultCacheBehavior: {
      TargetOriginId: LOAD_BALANCER_ORIGIN_ID,
      ViewerProtocolPolicy: viewerProtocolPolicy,
      CachePolicyId: CACHING_OPTIMIZED_POLICY_ID,
    },
    CacheBehaviors: { Quantity: 1, Items: [assetsBehavior(viewerProtocolPolicy)] },
    ...(secure ? secureViewerSettings(inputs) : insecureViewerSettings()),
  };

  const created = await cloudfront.send(
    new CreateDistributionCommand({ DistributionConfig: config }),
  );
  const distribution = required(created.Distribution, "distribution");

  return {
    id: required(distribution.Id, "distribution ID"),
    arn: required(distribution.ARN, "distribution ARN"),
    domainName: required(distribution.DomainName, "distribution domain name"),
    loadBalancerOriginId: LOAD_BALANCER_ORIGIN_ID,
    assetsOriginId: ASSETS_ORIGIN_ID,
  };
}

function loadBalancerOrigin(context: SeedContext, loadBalancer: SeededLoadBalancer): Origin {
  const secure = context.variant === "secure";
  const sslProtocols = secure
    ? ["TLSv1.2" as const]
    : ["TLSv1" as const, "TLSv1.1" as const, "TLSv1.2" as const];
  return {
    Id: LOAD_BALANCER_ORIGIN_ID,
    DomainName: loadBalancer.dnsName,
    CustomOriginConfig: {
      HTTPPort: 80,
      HTTPSPort: 443,
      OriginProtocolPolicy: secure ? "https-only" : "http-only",
      OriginSslProtocols: { Quantity: sslProtocols.length, Items: sslProtocols },
      OriginReadTimeout: 30,
      OriginKeepaliveTimeout: 5,
    },
  };
}

/**
 * NOTE: moto 5.2.1 drops OriginAccessControlId and an empty S3OriginConfig from S3 origins, so
 * this origin reads back with neither. The bucket policy still shows the CloudFront-only grant.
 */
function assetsOrigin(
  context: SeedContext,
  bucket: SeededAssetsBucket,
  originAccessControlId: string | undefined,
): Origin {
  return {
    Id: ASSETS_ORIGIN_ID,
    DomainName: `${bucket.name}.s3.${context.region}.amazonaws.com`,
    S3OriginConfig: { OriginAccessIdentity: "" },
    ...(originAccessControlId === undefined
      ? {}
      : { OriginAccessControlId: originAccessControlId }),
  };
}

function assetsBehavior(viewerProtocolPolicy: ViewerProtocolPolicy): CacheBehavior {
  return {
    PathPattern: "/assets/*",
    TargetOriginId: ASSETS_ORIGIN_ID,
    ViewerProtocolPolicy: viewerProtocolPolicy,
    CachePolicyId: CACHING_OPTIMIZED_POLICY_ID,
  };
}

function insecureViewerSettings(): Partial<DistributionConfig> {
  return {
    ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: "TLSv1" },
  };
}

function secureViewerSettings(inputs: DistributionInputs): Partial<DistributionConfig> {
  const logBucket = secureInput(inputs.logBucket, "log bucket");
  return {
    Aliases: { Quantity: 1, Items: [SHOP_DOMAIN] },
    ViewerCertificate: {
      // moto 5.2.1 reads CloudFrontDefaultCertificate back as true unless it is set explicitly.
      CloudFrontDefaultCertificate: false,
      ACMCertificateArn: secureInput(inputs.certificateArn, "certificate"),
      SSLSupportMethod: "sni-only",
      MinimumProtocolVersion: "TLSv1.2_2021",
    },
    Logging: {
      Enabled: true,
      IncludeCookies: false,
      Bucket: `${logBucket.name}.s3.amazonaws.com`,
      Prefix: logBucket.distributionLogPrefix,
    },
    WebACLId: secureInput(inputs.webAclArn, "web ACL"),
  };
}

async function createOriginAccessControl(context: SeedContext): Promise<string> {
  const created = await context.clients.cloudfront.send(
    new CreateOriginAccessControlCommand({
      OriginAccessControlConfig: {
        Name: context.names.assetsBucket,
        Description: "CloudFront reads the webshop assets bucket with signed requests",
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
        SigningProtocol: "sigv4",
      },
    }),
  );
  return required(created.OriginAccessControl?.Id, "origin access control ID");
}
