import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { blockAccountPublicAccess } from "./account-public-access-block.js";
import {
  grantDistributionRead,
  seedAssetsBucket,
  type SeededAssetsBucket,
} from "./assets-bucket.js";
import { seedCertificate } from "./certificate.js";
import { createSeedClients, destroySeedClients } from "./clients.js";
import { seedContainerService, type SeededContainerService } from "./container-service.js";
import { required, type SeedContext, type SeedVariant } from "./context.js";
import { seedDatabase, type SeededDatabase } from "./database.js";
import { seedDistribution, type SeededDistribution } from "./edge.js";
import { seedDistributionWebAcl, seedLoadBalancerWebAcl, type SeededWebAcl } from "./firewall.js";
import { seedDataKey, type SeededDataKey } from "./kms.js";
import { seedLoadBalancer, type SeededLoadBalancer } from "./load-balancer.js";
import { seedLogBucket, type SeededLogBucket } from "./log-bucket.js";
import { seedMessaging, type SeededMessaging } from "./messaging.js";
import { referenceNames } from "./names.js";
import { seedNetwork, type SeededNetwork } from "./network.js";
import { seedTrail, type SeededTrail } from "./trail.js";
import { seedWorker, type SeededWorker } from "./worker.js";

export type { SeedVariant } from "./context.js";
export { referenceNames, type ReferenceNames } from "./names.js";

export interface SeedReferenceOptions {
  variant: SeedVariant;
  /** Region of every regional resource. CloudFront and its web ACL always go to us-east-1. */
  region: string;
  /** Suffix of the globally unique bucket names (webshop-assets-<suffix>); defaults to the region. */
  bucketSuffix?: string;
}

/** Names and ARNs of everything `seedReferenceDeployment` created. */
export interface ReferenceDeployment {
  variant: SeedVariant;
  region: string;
  accountId: string;
  network: SeededNetwork;
  /** Customer managed key of the secure variant; the insecure variant creates none. */
  dataKey: SeededDataKey | undefined;
  database: SeededDatabase;
  loadBalancer: SeededLoadBalancer;
  containerService: SeededContainerService;
  distribution: SeededDistribution;
  assetsBucket: SeededAssetsBucket;
  /** Log bucket of the secure variant; the insecure variant writes no access logs. */
  logBucket: SeededLogBucket | undefined;
  messaging: SeededMessaging;
  worker: SeededWorker;
  trail: SeededTrail;
  /** Web ACLs of the secure variant; the insecure variant has no WAF. */
  webAcls: { loadBalancer: SeededWebAcl; distribution: SeededWebAcl } | undefined;
}

/**
 * Seeds the reference web shop into the emulator at `endpointUrl`. CloudFront sits in front of an
 * internet-facing ALB with an ECS Fargate service behind it, which uses an Aurora PostgreSQL
 * cluster and an assets bucket. A Lambda worker reads an SQS jobs queue and publishes to an SNS
 * events topic, and a CloudTrail trail records the account. Independent components are created
 * concurrently.
 *
 * IAM roles, the distribution and its web ACL are global, so seeding a second region into the
 * same emulator fails with "already exists"; reset the emulator between seeds.
 *
 * @throws Error when the endpoint is not a loopback address, or when any seeding call fails. All
 *   started calls have finished when it throws.
 */
export async function seedReferenceDeployment(
  endpointUrl: string,
  options: SeedReferenceOptions,
): Promise<ReferenceDeployment> {
  const clients = createSeedClients(endpointUrl, options.region);
  try {
    const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
    const context: SeedContext = {
      clients,
      names: referenceNames(options.bucketSuffix ?? options.region),
      variant: options.variant,
      region: options.region,
      accountId: required(identity.Account, "account ID"),
    };
    return await seedComponents(context);
  } finally {
    destroySeedClients(clients);
  }
}

/**
 * Starts every component as soon as the components it refers to exist. The longest chain is
 * network, load balancer, distribution, then the assets bucket's read grant for the distribution.
 */
async function seedComponents(context: SeedContext): Promise<ReferenceDeployment> {
  const secure = context.variant === "secure";
  const none = Promise.resolve(undefined);

  const accountPublicAccessBlock = secure ? blockAccountPublicAccess(context) : none;
  const dataKey = secure ? seedDataKey(context) : none;
  const logBucket = secure ? seedLogBucket(context) : none;
  const distributionWebAcl = secure ? seedDistributionWebAcl(context) : none;
  const network = seedNetwork(context);
  // ACM generates a key pair per certificate, one of the slower calls, so both start first.
  const loadBalancerCertificate = seedCertificate(context.clients.acm);
  const distributionCertificate = secure ? seedCertificate(context.clients.acmGlobal) : none;

  const database = Promise.all([network, dataKey]).then(([net, key]) =>
    seedDatabase(context, net, key),
  );
  const loadBalancer = Promise.all([network, loadBalancerCertificate, logBucket]).then(
    ([net, certificateArn, logs]) => seedLoadBalancer(context, net, certificateArn, logs),
  );
  const loadBalancerWebAcl = secure
    ? loadBalancer.then((alb) => seedLoadBalancerWebAcl(context, alb.arn))
    : none;
  const containerService = Promise.all([network, loadBalancer]).then(([net, alb]) =>
    seedContainerService(context, net, alb),
  );
  const assetsBucket = Promise.all([dataKey, logBucket]).then(([key, logs]) =>
    seedAssetsBucket(context, key, logs),
  );
  const distribution = Promise.all([
    loadBalancer,
    assetsBucket,
    logBucket,
    distributionWebAcl,
    distributionCertificate,
  ]).then(([alb, assets, logs, webAcl, certificateArn]) =>
    seedDistribution(context, {
      loadBalancer: alb,
      assetsBucket: assets,
      logBucket: logs,
      webAclArn: webAcl?.arn,
      certificateArn,
    }),
  );
  const assetsReadGrant = secure
    ? Promise.all([assetsBucket, distribution]).then(([assets, cdn]) =>
        grantDistributionRead(context, assets, cdn.arn),
      )
    : none;
  const messaging = dataKey.then((key) => seedMessaging(context, key));
  const worker = Promise.all([messaging, dataKey]).then(([queues, key]) =>
    seedWorker(context, queues, key),
  );
  const trail = dataKey.then((key) => seedTrail(context, key));

  // allSettled, not all: a failed component must not return control while other calls still
  // write into the emulator, or a following reset could race with them.
  const settled = await Promise.allSettled([
    accountPublicAccessBlock,
    dataKey,
    logBucket,
    distributionWebAcl,
    network,
    loadBalancerCertificate,
    distributionCertificate,
    database,
    loadBalancer,
    loadBalancerWebAcl,
    containerService,
    assetsBucket,
    distribution,
    assetsReadGrant,
    messaging,
    worker,
    trail,
  ]);
  const failure = settled.find((result) => result.status === "rejected");
  if (failure !== undefined) throw failure.reason;

  const [loadBalancerAcl, distributionAcl] = [await loadBalancerWebAcl, await distributionWebAcl];
  return {
    variant: context.variant,
    region: context.region,
    accountId: context.accountId,
    network: await network,
    dataKey: await dataKey,
    database: await database,
    loadBalancer: await loadBalancer,
    containerService: await containerService,
    distribution: await distribution,
    assetsBucket: await assetsBucket,
    logBucket: await logBucket,
    messaging: await messaging,
    worker: await worker,
    trail: await trail,
    webAcls:
      loadBalancerAcl !== undefined && distributionAcl !== undefined
        ? { loadBalancer: loadBalancerAcl, distribution: distributionAcl }
        : undefined,
  };
}
