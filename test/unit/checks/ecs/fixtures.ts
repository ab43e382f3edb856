import type { Collected } from "../../../../src/collect/collected.js";
import type {
  EcsCluster,
  EcsRegion,
  EcsService,
  Inventory,
  TaskDefinition,
} from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, inventoryWith, ok, REGION } from "../inventory-fixture.js";

const ARN_PREFIX = `arn:aws:ecs:${REGION}:${ACCOUNT_ID}`;

export function taskDefinitionArn(familyRevision: string): string {
  return `${ARN_PREFIX}:task-definition/${familyRevision}`;
}

/** Builds a Fargate service that runs task definition `familyRevision`. */
export function service(name: string, familyRevision = "web:3"): EcsService {
  return {
    arn: `${ARN_PREFIX}:service/example-cluster/${name}`,
    name,
    launchType: "FARGATE",
    taskDefinitionArn: taskDefinitionArn(familyRevision),
    targetGroupArns: [],
  };
}

export function cluster(services: Collected<EcsService[]>, name = "example-cluster"): EcsCluster {
  return { arn: `${ARN_PREFIX}:cluster/${name}`, name, services };
}

/**
 * Builds a task definition whose containers log with the given driver. A container mapped to
 * `undefined` has no log configuration.
 */
export function taskDefinition(
  familyRevision: string,
  containers: Record<string, string | undefined>,
): TaskDefinition {
  return {
    arn: taskDefinitionArn(familyRevision),
    family: familyRevision.split(":")[0] ?? familyRevision,
    containers: Object.entries(containers).map(([name, logDriver]) =>
      logDriver === undefined ? { name } : { name, logDriver },
    ),
  };
}

/** Builds an inventory whose only ECS region contains `clusters` and the given task definitions. */
export function ecsInventory(
  clusters: EcsCluster[],
  taskDefinitions: Collected<TaskDefinition>[] = [],
): Inventory {
  const byArn: EcsRegion["taskDefinitions"] = {};
  for (const entry of taskDefinitions) {
    const arn = entry.ok ? entry.value.arn : (entry.error.resource ?? "");
    byArn[arn] = entry;
  }
  return ecsInventoryOf(ok({ clusters, taskDefinitions: byArn }));
}

export function ecsInventoryOf(part: Collected<EcsRegion>): Inventory {
  return inventoryWith({ ecs: { [REGION]: part } });
}
