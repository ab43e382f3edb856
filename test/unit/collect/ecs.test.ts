import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  type DescribeServicesCommandInput,
  type Service,
} from "@aws-sdk/client-ecs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { ecsCollector } from "../../../src/collect/ecs.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";
const CLUSTER_ARN = "arn:aws:ecs:eu-west-1:111122223333:cluster/shop";
const TASK_DEFINITION_ARN = "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:7";
const TARGET_GROUP_ARN =
  "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef";

function serviceArn(name: string): string {
  return `arn:aws:ecs:eu-west-1:111122223333:service/shop/${name}`;
}

const ecs = mockClient(ECSClient);
let context: CollectContext;

/** Describes each requested service as a Fargate web service, as DescribeServices would. */
function describeAsWebServices(input: DescribeServicesCommandInput): { services: Service[] } {
  return {
    services: (input.services ?? []).map((arn) => ({
      serviceArn: arn,
      serviceName: arn.slice(arn.lastIndexOf("/") + 1),
      launchType: "FARGATE",
      taskDefinition: TASK_DEFINITION_ARN,
      loadBalancers: [{ targetGroupArn: TARGET_GROUP_ARN, containerName: "web" }],
      networkConfiguration: { awsvpcConfiguration: { subnets: [], assignPublicIp: "ENABLED" } },
    })),
  };
}

beforeEach(() => {
  ecs.reset();
  context = contextFor([REGION]);
  ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER_ARN] });
  ecs.on(ListServicesCommand).resolves({ serviceArns: [serviceArn("web")] });
  ecs.on(DescribeServicesCommand).callsFake(describeAsWebServices);
  ecs.on(DescribeTaskDefinitionCommand).resolves({
    taskDefinition: {
      taskDefinitionArn: TASK_DEFINITION_ARN,
      family: "web",
      containerDefinitions: [
        {
          name: "web",
          logConfiguration: {
            logDriver: "awslogs",
            options: { "awslogs-group": "/ecs/web", "awslogs-region": REGION },
          },
        },
        { name: "sidecar" },
      ],
    },
  });
});

afterEach(() => context.clients.destroy());

describe("ecsCollector", () => {
  it("follows ListClusters tokens", async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER_ARN], nextToken: "page-2" });
    ecs.on(ListClustersCommand, { nextToken: "page-2" }).resolves({
      clusterArns: ["arn:aws:ecs:eu-west-1:111122223333:cluster/admin"],
    });

    const inventory = await ecsCollector.collect(context, REGION);

    expect(inventory.clusters.map((cluster) => cluster.name)).toEqual(["shop", "admin"]);
    expect(ecs.commandCalls(ListClustersCommand)[0]!.args[0].input.maxResults).toBe(100);
  });

  it("pages ListServices and batches DescribeServices", async () => {
    const arns = Array.from({ length: 25 }, (_, index) => serviceArn(`service-${index}`));
    ecs.on(ListServicesCommand).resolves({ serviceArns: arns.slice(0, 20), nextToken: "page-2" });
    ecs.on(ListServicesCommand, { nextToken: "page-2" }).resolves({ serviceArns: arns.slice(20) });

    const inventory = await ecsCollector.collect(context, REGION);

    const services = inventory.clusters[0]!.services;
    expect(services.ok && services.value.map((service) => service.arn)).toEqual(arns);
    expect(ecs.commandCalls(ListServicesCommand)).toHaveLength(2);
    expect(ecs.commandCalls(ListServicesCommand)[0]!.args[0].input.maxResults).toBe(100);
    const batches = ecs.commandCalls(DescribeServicesCommand).map((call) => call.args[0].input);
    expect(batches.map((batch) => batch.services?.length)).toEqual([10, 10, 5]);
    expect(batches.map((batch) => batch.cluster)).toEqual([CLUSTER_ARN, CLUSTER_ARN, CLUSTER_ARN]);
  });

  it("keeps service network and load balancing", async () => {
    const inventory = await ecsCollector.collect(context, REGION);

    expect(inventory.clusters[0]!.services).toEqual({
      ok: true,
      value: [
        {
          arn: serviceArn("web"),
          name: "web",
          launchType: "FARGATE",
          taskDefinitionArn: TASK_DEFINITION_ARN,
          targetGroupArns: [TARGET_GROUP_ARN],
          assignPublicIp: "ENABLED",
        },
      ],
    });
  });

  it("describes a shared task definition once", async () => {
    ecs.on(ListServicesCommand).resolves({
      serviceArns: [serviceArn("web"), serviceArn("web-canary")],
    });

    const inventory = await ecsCollector.collect(context, REGION);

    expect(ecs.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(1);
    expect(Object.keys(inventory.taskDefinitions)).toEqual([TASK_DEFINITION_ARN]);
  });

  it("keeps container log configuration", async () => {
    const inventory = await ecsCollector.collect(context, REGION);

    expect(inventory.taskDefinitions[TASK_DEFINITION_ARN]).toEqual({
      ok: true,
      value: {
        arn: TASK_DEFINITION_ARN,
        family: "web",
        containers: [
          {
            name: "web",
            logDriver: "awslogs",
            logOptions: { "awslogs-group": "/ecs/web", "awslogs-region": REGION },
          },
          { name: "sidecar" },
        ],
      },
    });
  });

  it("redacts credential log options", async () => {
    ecs.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: {
        taskDefinitionArn: TASK_DEFINITION_ARN,
        family: "web",
        containerDefinitions: [
          {
            name: "web",
            logConfiguration: {
              logDriver: "splunk",
              options: { "splunk-url": "https://splunk.example.com", "splunk-token": "abc" },
            },
          },
        ],
      },
    });

    const inventory = await ecsCollector.collect(context, REGION);

    const definition = inventory.taskDefinitions[TASK_DEFINITION_ARN]!;
    expect(definition.ok && definition.value.containers[0]!.logOptions).toEqual({
      "splunk-url": "https://splunk.example.com",
      "splunk-token": "(redacted)",
    });
  });

  it("marks services failed when ListServices is denied", async () => {
    ecs.on(ListServicesCommand).rejects(awsError("AccessDeniedException", 400));

    const inventory = await ecsCollector.collect(context, REGION);

    const services = inventory.clusters[0]!.services;
    expect(services.ok).toBe(false);
    if (services.ok) return;
    expect(services.error.action).toBe("ecs:ListServices");
    expect(services.error.resource).toBe(CLUSTER_ARN);
  });

  it("marks services failed on DescribeServices failures", async () => {
    ecs.on(DescribeServicesCommand).resolves({
      services: [],
      failures: [{ arn: serviceArn("web"), reason: "ACCESS_DENIED" }],
    });

    const inventory = await ecsCollector.collect(context, REGION);

    const services = inventory.clusters[0]!.services;
    expect(services.ok).toBe(false);
    if (services.ok) return;
    expect(services.error.action).toBe("ecs:DescribeServices");
    expect(services.error.message).toContain("ACCESS_DENIED");
  });

  it("skips services deleted since listing", async () => {
    ecs.on(DescribeServicesCommand).resolves({
      services: [],
      failures: [{ arn: serviceArn("web"), reason: "MISSING" }],
    });

    const inventory = await ecsCollector.collect(context, REGION);

    expect(inventory.clusters[0]!.services).toEqual({ ok: true, value: [] });
  });

  it("marks only the task definition that failed", async () => {
    ecs.on(DescribeTaskDefinitionCommand).rejects(awsError("ClientException"));

    const inventory = await ecsCollector.collect(context, REGION);

    expect(inventory.clusters[0]!.services.ok).toBe(true);
    const definition = inventory.taskDefinitions[TASK_DEFINITION_ARN]!;
    expect(definition.ok).toBe(false);
    if (definition.ok) return;
    expect(definition.error.action).toBe("ecs:DescribeTaskDefinition");
  });

  it("counts clusters and services", async () => {
    const inventory = await ecsCollector.collect(context, REGION);

    expect(ecsCollector.countResources(inventory)).toBe(2);
  });

  it("declares every IAM action it calls", () => {
    expect(ecsCollector.actions).toEqual([
      "ecs:ListClusters",
      "ecs:ListServices",
      "ecs:DescribeServices",
      "ecs:DescribeTaskDefinition",
    ]);
  });
});
