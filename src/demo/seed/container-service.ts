import { AttachRolePolicyCommand, CreateRoleCommand } from "@aws-sdk/client-iam";
import {
  CreateClusterCommand,
  CreateServiceCommand,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition,
} from "@aws-sdk/client-ecs";
import { required, type SeedContext } from "./context.js";
import type { SeededLoadBalancer } from "./load-balancer.js";
import { CONTAINER_HTTP_PORT, CONTAINER_HTTPS_PORT, type SeededNetwork } from "./network.js";
import { policyDocument } from "./policy-document.js";

const TASK_EXECUTION_POLICY_ARN =
  "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
const DESIRED_TASKS = 2;

export interface SeededContainerService {
  clusterName: string;
  clusterArn: string;
  serviceName: string;
  serviceArn: string;
  taskDefinitionArn: string;
  containerName: string;
  containerPort: number;
  executionRoleArn: string;
}

/**
 * Creates the ECS cluster, the Fargate task definition and the service registered in the load
 * balancer's target group. Insecure: the container has no log configuration. Secure: it logs to
 * CloudWatch Logs with the awslogs driver and runs with a read-only root file system, and the
 * cluster has Container Insights on.
 */
export async function seedContainerService(
  context: SeedContext,
  network: SeededNetwork,
  loadBalancer: SeededLoadBalancer,
): Promise<SeededContainerService> {
  const { ecs } = context.clients;
  const { names } = context;
  const containerPort =
    loadBalancer.targetGroupProtocol === "HTTPS" ? CONTAINER_HTTPS_PORT : CONTAINER_HTTP_PORT;

  const [cluster, executionRoleArn] = await Promise.all([
    ecs.send(
      new CreateClusterCommand({
        clusterName: names.ecsCluster,
        settings: [
          {
            name: "containerInsights",
            value: context.variant === "secure" ? "enabled" : "disabled",
          },
        ],
      }),
    ),
    seedTaskExecutionRole(context),
  ]);
  const clusterArn = required(cluster.cluster?.clusterArn, "ECS cluster ARN");

  const taskDefinition = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: names.taskFamily,
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "512",
      memory: "1024",
      executionRoleArn,
      containerDefinitions: [webContainer(context, containerPort)],
    }),
  );
  const taskDefinitionArn = required(
    taskDefinition.taskDefinition?.taskDefinitionArn,
    "task definition ARN",
  );

  const service = await ecs.send(
    new CreateServiceCommand({
      cluster: names.ecsCluster,
      serviceName: names.ecsService,
      taskDefinition: taskDefinitionArn,
      desiredCount: DESIRED_TASKS,
      launchType: "FARGATE",
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: network.subnetIds,
          securityGroups: [network.serviceSecurityGroupId],
          assignPublicIp: "DISABLED",
        },
      },
      loadBalancers: [
        {
          targetGroupArn: loadBalancer.targetGroupArn,
          containerName: names.containerName,
          containerPort,
        },
      ],
    }),
  );

  return {
    clusterName: names.ecsCluster,
    clusterArn,
    serviceName: names.ecsService,
    serviceArn: required(service.service?.serviceArn, "ECS service ARN"),
    taskDefinitionArn,
    containerName: names.containerName,
    containerPort,
    executionRoleArn,
  };
}

function webContainer(context: SeedContext, containerPort: number): ContainerDefinition {
  const container: ContainerDefinition = {
    name: context.names.containerName,
    image: `${context.accountId}.dkr.ecr.${context.region}.amazonaws.com/webshop:1.0.0`,
    essential: true,
    portMappings: [{ containerPort, protocol: "tcp" }],
  };
  if (context.variant === "insecure") return container;

  return {
    ...container,
    readonlyRootFilesystem: true,
    logConfiguration: {
      logDriver: "awslogs",
      options: {
        "awslogs-group": context.names.containerLogGroup,
        "awslogs-region": context.region,
        "awslogs-stream-prefix": context.names.containerName,
      },
    },
  };
}

/** Creates the role ECS uses to pull the image and write container logs. */
async function seedTaskExecutionRole(context: SeedContext): Promise<string> {
  const { iam } = context.clients;
  const roleName = context.names.taskExecutionRole;

  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      Description: "Pulls the webshop image and writes its container logs",
      AssumeRolePolicyDocument: policyDocument([
        {
          Effect: "Allow",
          Principal: { Service: "ecs-tasks.amazonaws.com" },
          Action: "sts:AssumeRole",
        },
      ]),
    }),
  );

  await iam.send(
    new AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: TASK_EXECUTION_POLICY_ARN }),
  );

  return required(role.Role?.Arn, "task execution role ARN");
}
