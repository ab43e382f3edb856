import { distinctPages } from "./pages.js";
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  paginateListClusters,
  paginateListServices,
  type Failure,
  type Service,
} from "@aws-sdk/client-ecs";
import type { AuditClient } from "../aws/clients.js";
import { actionsFor } from "../aws/read-operations.js";
import type { Collected } from "./collected.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { EcsCluster, EcsService, TaskDefinition } from "./inventory.js";

/**
 * The largest page ListClusters and ListServices accept. Without maxResults, ListServices returns
 * only 10 services per page (ListClusters 100).
 */
const LIST_PAGE_SIZE = 100;

/** DescribeServices accepts at most 10 services per request. */
const DESCRIBE_SERVICES_BATCH_SIZE = 10;

/**
 * Reads every cluster of a region with its services and the task definitions they run.
 * Each task definition is described once, however many services share it.
 */
export const ecsCollector: Collector<"ecs"> = {
  part: "ecs",
  service: "ecs",
  scope: "regional",
  label: "ECS",
  actions: actionsFor("ecs", [
    "ListClusters",
    "ListServices",
    "DescribeServices",
    "DescribeTaskDefinition",
  ]),

  async collect(context, region) {
    const client = context.clients.get("ecs", region);

    const clusterArns: string[] = [];
    const pages = distinctPages(
      paginateListClusters({ client, pageSize: LIST_PAGE_SIZE }, {}),
      "ecs",
      "ListClusters",
    );
    for await (const page of pages) clusterArns.push(...(page.clusterArns ?? []));

    const clusters = await mapConcurrently(clusterArns, async (arn): Promise<EcsCluster> => ({
      arn,
      name: arn.slice(arn.lastIndexOf("/") + 1),
      services: await readServices(client, region, arn),
    }));

    const taskDefinitionArns = new Set<string>();
    for (const cluster of clusters) {
      if (!cluster.services.ok) continue;
      for (const service of cluster.services.value)
        taskDefinitionArns.add(service.taskDefinitionArn);
    }
    taskDefinitionArns.delete("");

    const arns = [...taskDefinitionArns];
    const definitions = await mapConcurrently(arns, (arn) =>
      readTaskDefinition(client, region, arn),
    );
    const taskDefinitions: Record<string, Collected<TaskDefinition>> = {};
    arns.forEach((arn, index) => {
      taskDefinitions[arn] = definitions[index]!;
    });
    return { clusters, taskDefinitions };
  },

  countResources: (inventory) =>
    inventory.clusters.reduce(
      (count, cluster) => count + 1 + (cluster.services.ok ? cluster.services.value.length : 0),
      0,
    ),
};

/**
 * Lists a cluster's services and describes them in batches. A failure of either call marks the
 * cluster's services unknown.
 */
async function readServices(
  client: AuditClient<"ecs">,
  region: string,
  clusterArn: string,
): Promise<Collected<EcsService[]>> {
  const serviceArns = await attempt(
    { service: "ecs", operation: "ListServices", region, resource: clusterArn },
    async () => {
      const arns: string[] = [];
      const pages = distinctPages(
        paginateListServices({ client, pageSize: LIST_PAGE_SIZE }, { cluster: clusterArn }),
        "ecs",
        "ListServices",
      );
      for await (const page of pages) arns.push(...(page.serviceArns ?? []));
      return arns;
    },
  );
  if (!serviceArns.ok) return serviceArns;

  return attempt(
    { service: "ecs", operation: "DescribeServices", region, resource: clusterArn },
    async () => {
      const batches = chunk(serviceArns.value, DESCRIBE_SERVICES_BATCH_SIZE);
      const described = await mapConcurrently(batches, async (batch) => {
        const response = await client.send(
          new DescribeServicesCommand({ cluster: clusterArn, services: batch }),
        );
        rejectFailures(response.failures ?? [], clusterArn);
        return response.services ?? [];
      });
      return described.flat().map(toEcsService);
    },
  );
}

/**
 * Throws when DescribeServices could not describe a listed service, so a partial list is never
 * taken as complete. A service deleted since ListServices comes back as `MISSING` and is skipped.
 */
function rejectFailures(failures: Failure[], clusterArn: string): void {
  const unexpected = failures.filter((failure) => failure.reason !== "MISSING");
  if (unexpected.length === 0) return;

  const details = unexpected.map((failure) => `${failure.arn ?? "?"}: ${failure.reason ?? "?"}`);
  const error = new Error(
    `DescribeServices failed for ${unexpected.length} service(s) of cluster ${clusterArn}: ` +
      `${details.join(", ")}. ` +
      "The services of this cluster are unknown until they can be described.",
  );
  error.name = "DescribeServicesFailure";
  throw error;
}

function toEcsService(service: Service): EcsService {
  const arn = service.serviceArn ?? "";
  const result: EcsService = {
    arn,
    name: service.serviceName ?? arn.slice(arn.lastIndexOf("/") + 1),
    taskDefinitionArn: service.taskDefinition ?? "",
    targetGroupArns: (service.loadBalancers ?? [])
      .map((loadBalancer) => loadBalancer.targetGroupArn)
      .filter((targetGroupArn): targetGroupArn is string => targetGroupArn !== undefined),
  };
  if (service.launchType !== undefined) result.launchType = service.launchType;

  const assignPublicIp = service.networkConfiguration?.awsvpcConfiguration?.assignPublicIp;
  if (assignPublicIp !== undefined) result.assignPublicIp = assignPublicIp;
  return result;
}

function readTaskDefinition(
  client: AuditClient<"ecs">,
  region: string,
  arn: string,
): Promise<Collected<TaskDefinition>> {
  return attempt(
    { service: "ecs", operation: "DescribeTaskDefinition", region, resource: arn },
    async () => {
      const response = await client.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: arn }),
      );
      const definition = response.taskDefinition;
      return {
        arn: definition?.taskDefinitionArn ?? arn,
        family: definition?.family ?? "",
        containers: (definition?.containerDefinitions ?? []).map((container) => {
          const entry: TaskDefinition["containers"][number] = { name: container.name ?? "" };
          const logConfiguration = container.logConfiguration;
          if (logConfiguration?.logDriver !== undefined)
            entry.logDriver = logConfiguration.logDriver;
          if (logConfiguration?.options !== undefined) {
            entry.logOptions = redactLogOptions(logConfiguration.options);
          }
          return entry;
        }),
      };
    },
  );
}

/**
 * Names of log driver options that hold credentials, such as `splunk-token` or the Datadog
 * `apikey` of a FireLens route. Task definitions store them in plain text, so the inventory keeps
 * the option name and replaces its value.
 */
const SECRET_OPTION_PATTERN = /token|password|secret|api-?key|api_key/i;

function redactLogOptions(options: Record<string, string>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(options)) {
    redacted[name] = SECRET_OPTION_PATTERN.test(name) ? "(redacted)" : value;
  }
  return redacted;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}
