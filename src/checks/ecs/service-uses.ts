import type { EcsRegion, EcsService } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";

/** A service that runs a task definition, named as findings show it. */
export interface ServiceUse {
  arn: string;
  label: string;
}

/**
 * Groups services by the task definition they run. A cluster whose services could not be read
 * becomes an `error` finding, and a service without a task definition a `manual` one.
 */
export function servicesByTaskDefinition(
  check: Check,
  ecs: EcsRegion,
  region: string,
): { usesByTaskDefinition: Map<string, ServiceUse[]>; unverified: Finding[] } {
  const usesByTaskDefinition = new Map<string, ServiceUse[]>();
  const unverified: Finding[] = [];

  for (const cluster of ecs.clusters) {
    if (!cluster.services.ok) {
      const resource = { arn: cluster.arn, type: "AWS::ECS::Cluster", region, name: cluster.name };
      unverified.push(errorFinding(check, resource, cluster.services.error));
      continue;
    }
    for (const service of cluster.services.value) {
      if (service.taskDefinitionArn === "") {
        unverified.push(serviceWithoutTaskDefinition(check, service, cluster.name, region));
        continue;
      }
      const uses = usesByTaskDefinition.get(service.taskDefinitionArn) ?? [];
      uses.push({ arn: service.arn, label: `${service.name} (cluster ${cluster.name})` });
      usesByTaskDefinition.set(service.taskDefinitionArn, uses);
    }
  }
  return { usesByTaskDefinition, unverified };
}

/**
 * Builds the `manual` finding for a service that reports no task definition, as services with the
 * EXTERNAL deployment controller do: their task sets name the task definitions instead.
 */
function serviceWithoutTaskDefinition(
  check: Check,
  service: EcsService,
  cluster: string,
  region: string,
): Finding {
  const resource = { arn: service.arn, type: "AWS::ECS::Service", region, name: service.name };
  const reason =
    `Service ${service.name} (cluster ${cluster}) reports no task definition, which is the case ` +
    `with the EXTERNAL deployment controller, so its containers were not checked. Verify that ` +
    `the task definitions of its task sets (aws ecs describe-task-sets) set a logConfiguration ` +
    `on every container.`;
  return finding(check, resource, "manual", reason);
}
