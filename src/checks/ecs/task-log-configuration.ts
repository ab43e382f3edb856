import type { Collected } from "../../collect/collected.js";
import type { EcsRegion, TaskDefinition } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions } from "../inputs.js";
import { servicesByTaskDefinition, type ServiceUse } from "./service-uses.js";

/** Every container of every task definition that an ECS service runs has a log driver. */
export const taskLogConfiguration: Check = {
  id: "ecs.task-log-configuration",
  title: "ECS task definitions in use configure container logging",
  severity: "medium",
  references: { cwe: ["CWE-778"], asvs: ["V7.1.3"], securityHub: ["ECS.9"] },
  inputs: ["ecs"],
  remediation:
    "Add a logConfiguration (for example the awslogs driver) to every container definition, " +
    "register a new task definition revision, and update the services to use it.",
  evaluate(inventory) {
    return evaluateRegions(
      taskLogConfiguration,
      inventory,
      "ecs",
      inventory.parts.ecs,
      (region) => ecsScope(region, inventory.accountId),
      (region, ecs) => evaluateRegion(region, ecs, inventory.accountId),
    );
  },
};

function ecsScope(region: string, accountId: string): ResourceRef {
  return regionScope("ecs", region, accountId, "AWS::ECS::Cluster");
}

function evaluateRegion(region: string, ecs: EcsRegion, accountId: string): Finding[] {
  const { usesByTaskDefinition, unverified } = servicesByTaskDefinition(
    taskLogConfiguration,
    ecs,
    region,
  );
  const taskFindings = [...usesByTaskDefinition].map(([arn, uses]) =>
    judgeTaskDefinition(arn, uses, ecs.taskDefinitions[arn], region),
  );

  const findings = [...unverified, ...taskFindings];
  if (findings.length > 0) return findings;
  return [notApplicable(taskLogConfiguration, ecsScope(region, accountId), "ECS services")];
}

function judgeTaskDefinition(
  arn: string,
  uses: ServiceUse[],
  taskDefinition: Collected<TaskDefinition> | undefined,
  region: string,
): Finding {
  const name = arn.slice(arn.lastIndexOf("/") + 1);
  const resource: ResourceRef = { arn, type: "AWS::ECS::TaskDefinition", region, name };
  const usedBy = uses.map((use) => use.label).join(", ");
  const evidence: Record<string, unknown> = { Services: uses.map((use) => use.arn) };

  if (taskDefinition === undefined) {
    const reason =
      `Task definition ${name}, used by ${usedBy}, was not collected, so its log configuration ` +
      `is unknown. Run the audit again; if this persists, check that the audit role may call ` +
      `ecs:DescribeTaskDefinition.`;
    return finding(taskLogConfiguration, resource, "error", reason, evidence);
  }
  if (!taskDefinition.ok) return errorFinding(taskLogConfiguration, resource, taskDefinition.error);

  const containers = taskDefinition.value.containers;
  evidence.LogDrivers = Object.fromEntries(containers.map((c) => [c.name, c.logDriver ?? null]));
  if (containers.length === 0) {
    const reason =
      `DescribeTaskDefinition returned no container definitions for task definition ${name}, ` +
      `used by ${usedBy}, so its log configuration is unknown.`;
    return finding(taskLogConfiguration, resource, "error", reason, evidence);
  }

  const withoutLogs = containers.filter((c) => c.logDriver === undefined).map((c) => c.name);
  evidence.ContainersWithoutLogConfiguration = withoutLogs;
  if (withoutLogs.length > 0) {
    const reason =
      `Task definition ${name}, used by ${usedBy}, has containers without a log configuration: ` +
      `${withoutLogs.join(", ")}. Their output is lost when the task stops. Add a ` +
      `logConfiguration to each, register a new revision and update the services to it.`;
    return finding(taskLogConfiguration, resource, "fail", reason, evidence);
  }

  const drivers = [...new Set(containers.map((c) => c.logDriver))].join(", ");
  const reason =
    `Every container of task definition ${name}, used by ${usedBy}, has a log configuration ` +
    `(log drivers: ${drivers}).`;
  return finding(taskLogConfiguration, resource, "pass", reason, evidence);
}
