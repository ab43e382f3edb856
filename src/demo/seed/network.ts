import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  type IpPermission,
} from "@aws-sdk/client-ec2";
import { required, type SeedContext } from "./context.js";

const VPC_CIDR = "10.20.0.0/16";
const SUBNET_CIDRS = ["10.20.0.0/20", "10.20.16.0/20"] as const;
const AVAILABILITY_ZONE_LETTERS = ["a", "b"] as const;

/** Port the web container listens on for plain HTTP (insecure variant). */
export const CONTAINER_HTTP_PORT = 8080;
/** Port the web container listens on for TLS (secure variant). */
export const CONTAINER_HTTPS_PORT = 8443;
export const POSTGRES_PORT = 5432;

export interface SeededNetwork {
  vpcId: string;
  /** Two subnets in different availability zones, as an ALB and a DB subnet group require. */
  subnetIds: string[];
  loadBalancerSecurityGroupId: string;
  serviceSecurityGroupId: string;
  databaseSecurityGroupId: string;
}

/**
 * Creates a VPC with two subnets and one security group per tier: the internet reaches the load
 * balancer, the load balancer reaches the service, and the service reaches the database.
 */
export async function seedNetwork(context: SeedContext): Promise<SeededNetwork> {
  const { ec2 } = context.clients;
  const { names } = context;

  const vpc = await ec2.send(
    new CreateVpcCommand({
      CidrBlock: VPC_CIDR,
      TagSpecifications: [{ ResourceType: "vpc", Tags: [{ Key: "Name", Value: names.vpc }] }],
    }),
  );
  const vpcId = required(vpc.Vpc?.VpcId, "VPC ID");

  const subnetIds = await Promise.all(
    SUBNET_CIDRS.map(async (cidr, index) => {
      const subnet = await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: cidr,
          AvailabilityZone: `${context.region}${AVAILABILITY_ZONE_LETTERS[index]}`,
        }),
      );
      return required(subnet.Subnet?.SubnetId, "subnet ID");
    }),
  );

  const [loadBalancerSecurityGroupId, serviceSecurityGroupId, databaseSecurityGroupId] =
    await Promise.all([
      createSecurityGroup(context, vpcId, names.loadBalancerSecurityGroup, "webshop load balancer"),
      createSecurityGroup(context, vpcId, names.serviceSecurityGroup, "webshop web service"),
      createSecurityGroup(context, vpcId, names.databaseSecurityGroup, "webshop database"),
    ]);

  const containerPort = context.variant === "secure" ? CONTAINER_HTTPS_PORT : CONTAINER_HTTP_PORT;
  await Promise.all([
    allowIngress(context, loadBalancerSecurityGroupId, [fromInternet(80), fromInternet(443)]),
    allowIngress(context, serviceSecurityGroupId, [
      fromGroup(containerPort, loadBalancerSecurityGroupId),
    ]),
    allowIngress(context, databaseSecurityGroupId, [
      fromGroup(POSTGRES_PORT, serviceSecurityGroupId),
    ]),
  ]);

  return {
    vpcId,
    subnetIds,
    loadBalancerSecurityGroupId,
    serviceSecurityGroupId,
    databaseSecurityGroupId,
  };
}

async function createSecurityGroup(
  context: SeedContext,
  vpcId: string,
  name: string,
  description: string,
): Promise<string> {
  const group = await context.clients.ec2.send(
    new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: name, Description: description }),
  );
  return required(group.GroupId, `ID of security group ${name}`);
}

async function allowIngress(
  context: SeedContext,
  groupId: string,
  permissions: IpPermission[],
): Promise<void> {
  await context.clients.ec2.send(
    new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: permissions }),
  );
}

function fromInternet(port: number): IpPermission {
  return {
    IpProtocol: "tcp",
    FromPort: port,
    ToPort: port,
    IpRanges: [{ CidrIp: "0.0.0.0/0" }],
    Ipv6Ranges: [{ CidrIpv6: "::/0" }],
  };
}

function fromGroup(port: number, sourceGroupId: string): IpPermission {
  return {
    IpProtocol: "tcp",
    FromPort: port,
    ToPort: port,
    UserIdGroupPairs: [{ GroupId: sourceGroupId }],
  };
}
