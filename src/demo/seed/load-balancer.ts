import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ModifyLoadBalancerAttributesCommand,
  type Action,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { required, secureInput, type SeedContext } from "./context.js";
import type { SeededLogBucket } from "./log-bucket.js";
import { CONTAINER_HTTP_PORT, CONTAINER_HTTPS_PORT, type SeededNetwork } from "./network.js";

/** Allows TLS 1.0 and 1.1 besides 1.2. */
const LEGACY_TLS_POLICY = "ELBSecurityPolicy-2016-08";
/** Allows only TLS 1.2 and 1.3. */
const MODERN_TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

export interface SeededLoadBalancer {
  name: string;
  arn: string;
  dnsName: string;
  targetGroupName: string;
  targetGroupArn: string;
  /** Protocol from the load balancer to the containers. */
  targetGroupProtocol: "HTTP" | "HTTPS";
  httpListenerArn: string;
  httpsListenerArn: string;
  certificateArn: string;
}

/**
 * Creates the internet-facing ALB with an HTTP:80 and an HTTPS:443 listener and one target group.
 * Insecure: port 80 forwards plain HTTP, port 443 allows TLS 1.0, the targets speak HTTP and
 * there are no access logs. Secure: port 80 only redirects to HTTPS, port 443 allows TLS 1.2+ and
 * signs users in with OIDC before forwarding, the targets speak HTTPS, access logs go to the log
 * bucket and invalid header fields are dropped.
 */
export async function seedLoadBalancer(
  context: SeedContext,
  network: SeededNetwork,
  certificateArn: string,
  logBucket: SeededLogBucket | undefined,
): Promise<SeededLoadBalancer> {
  const { elbv2 } = context.clients;
  const { names } = context;
  const secure = context.variant === "secure";

  const [created, targetGroup] = await Promise.all([
    elbv2.send(
      new CreateLoadBalancerCommand({
        Name: names.loadBalancer,
        Type: "application",
        Scheme: "internet-facing",
        IpAddressType: "ipv4",
        Subnets: network.subnetIds,
        SecurityGroups: [network.loadBalancerSecurityGroupId],
      }),
    ),
    seedTargetGroup(context, network),
  ]);
  const loadBalancer = required(created.LoadBalancers?.[0], "load balancer");
  const arn = required(loadBalancer.LoadBalancerArn, "load balancer ARN");

  const forward: Action = { Type: "forward", TargetGroupArn: targetGroup.arn };
  const [httpListener, httpsListener] = await Promise.all([
    elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: arn,
        Protocol: "HTTP",
        Port: 80,
        DefaultActions: [secure ? redirectToHttps() : forward],
      }),
    ),
    elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: arn,
        Protocol: "HTTPS",
        Port: 443,
        SslPolicy: secure ? MODERN_TLS_POLICY : LEGACY_TLS_POLICY,
        Certificates: [{ CertificateArn: certificateArn }],
        DefaultActions: secure ? [signInWithOidc(1), { ...forward, Order: 2 }] : [forward],
      }),
    ),
    secure ? enableAccessLogs(context, arn, secureInput(logBucket, "log bucket")) : undefined,
  ]);

  return {
    name: names.loadBalancer,
    arn,
    dnsName: required(loadBalancer.DNSName, "load balancer DNS name"),
    targetGroupName: targetGroup.name,
    targetGroupArn: targetGroup.arn,
    targetGroupProtocol: targetGroup.protocol,
    httpListenerArn: required(httpListener.Listeners?.[0]?.ListenerArn, "HTTP listener ARN"),
    httpsListenerArn: required(httpsListener.Listeners?.[0]?.ListenerArn, "HTTPS listener ARN"),
    certificateArn,
  };
}

async function seedTargetGroup(context: SeedContext, network: SeededNetwork) {
  const secure = context.variant === "secure";
  const protocol = secure ? "HTTPS" : "HTTP";
  const name = secure ? context.names.httpsTargetGroup : context.names.httpTargetGroup;

  const created = await context.clients.elbv2.send(
    new CreateTargetGroupCommand({
      Name: name,
      Protocol: protocol,
      Port: secure ? CONTAINER_HTTPS_PORT : CONTAINER_HTTP_PORT,
      VpcId: network.vpcId,
      TargetType: "ip",
      HealthCheckProtocol: protocol,
      HealthCheckPath: "/health",
      Matcher: { HttpCode: "200" },
    }),
  );

  return {
    name,
    protocol,
    arn: required(created.TargetGroups?.[0]?.TargetGroupArn, "target group ARN"),
  } as const;
}

function redirectToHttps(): Action {
  return {
    Type: "redirect",
    RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" },
  };
}

/** Signs users in at a made-up identity provider; the emulator never contacts it. */
function signInWithOidc(order: number): Action {
  const issuer = "https://login.webshop.example";
  return {
    Type: "authenticate-oidc",
    Order: order,
    AuthenticateOidcConfig: {
      Issuer: issuer,
      AuthorizationEndpoint: `${issuer}/authorize`,
      TokenEndpoint: `${issuer}/token`,
      UserInfoEndpoint: `${issuer}/userinfo`,
      ClientId: "webshop-alb",
      ClientSecret: "seed-only-not-a-secret",
      OnUnauthenticatedRequest: "authenticate",
    },
  };
}

async function enableAccessLogs(
  context: SeedContext,
  loadBalancerArn: string,
  logBucket: SeededLogBucket,
): Promise<void> {
  await context.clients.elbv2.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: loadBalancerArn,
      Attributes: [
        { Key: "access_logs.s3.enabled", Value: "true" },
        { Key: "access_logs.s3.bucket", Value: logBucket.name },
        { Key: "access_logs.s3.prefix", Value: logBucket.loadBalancerLogPrefix },
        { Key: "routing.http.drop_invalid_header_fields.enabled", Value: "true" },
      ],
    }),
  );
}
