/**
 * Stable, readable names for every seeded resource. Bucket names are global, so they carry a
 * suffix (the region unless the caller picks another) that keeps two seeded regions apart.
 */
export function referenceNames(suffix: string) {
  return {
    vpc: "webshop-vpc",
    loadBalancerSecurityGroup: "webshop-alb-sg",
    serviceSecurityGroup: "webshop-service-sg",
    databaseSecurityGroup: "webshop-db-sg",
    dataKeyAlias: "alias/webshop-data",
    databaseCluster: "webshop-db",
    databaseInstance: "webshop-db-1",
    databaseSubnetGroup: "webshop-db-subnets",
    clusterParameterGroup: "webshop-aurora-postgresql15",
    loadBalancer: "webshop-alb",
    httpTargetGroup: "webshop-web-http",
    httpsTargetGroup: "webshop-web-https",
    ecsCluster: "webshop-cluster",
    ecsService: "webshop-web",
    taskFamily: "webshop-web",
    taskExecutionRole: "webshop-task-execution-role",
    containerName: "web",
    containerLogGroup: "/ecs/webshop-web",
    distributionComment: "webshop storefront",
    loadBalancerWebAcl: "webshop-alb-acl",
    distributionWebAcl: "webshop-edge-acl",
    assetsBucket: `webshop-assets-${suffix}`,
    logBucket: `webshop-logs-${suffix}`,
    trailBucket: `webshop-trail-${suffix}`,
    queue: "webshop-jobs",
    topic: "webshop-events",
    workerFunction: "webshop-worker",
    workerRole: "webshop-worker-role",
    workerPolicy: "webshop-worker-access",
    trail: "webshop-trail",
  } as const;
}

export type ReferenceNames = ReturnType<typeof referenceNames>;
