import type { CloudFrontDistribution, CloudFrontOrigin } from "../../collect/inventory.js";
import type { Check, Finding } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import {
  findOriginLoadBalancer,
  loadBalancersByDnsName,
  type OriginLoadBalancer,
} from "./origin-load-balancers.js";
import { distributionRef, distributionsScope } from "./resources.js";

/** Origin SSL protocols that CloudFront still offers but that are older than TLS 1.2. */
const DEPRECATED_ORIGIN_PROTOCOLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);

interface OriginVerdict {
  outcome: "ok" | "fail" | "unknown";
  /** A clause naming the origin and what was read, for the finding's reason. */
  clause: string;
  evidence: Record<string, unknown>;
}

/**
 * Every custom origin of every distribution has origin protocol policy `https-only` and allows no
 * SSL or TLS version older than TLS 1.2. S3 origins have no such settings and are not judged.
 */
export const originHttps: Check = {
  id: "cloudfront.origin-https",
  title: "CloudFront reaches custom origins over HTTPS with TLS 1.2 or newer",
  severity: "high",
  references: {
    cwe: ["CWE-319"],
    asvs: ["V9.2.2"],
    securityHub: ["CloudFront.9", "CloudFront.10"],
  },
  inputs: ["cloudfront", "elbv2"],
  remediation:
    "Edit each custom origin of the distribution: set the origin protocol policy to HTTPS only and " +
    "the minimum origin SSL protocol to TLSv1.2 (CloudFront console, or aws cloudfront update-distribution).",

  evaluate(inventory) {
    const scope = distributionsScope(inventory.accountId);
    const distributions = readGlobalPart(
      originHttps,
      "cloudfront",
      inventory.parts.cloudfront,
      scope,
    );
    if (!distributions.ok) return [distributions.finding];

    if (distributions.value.length === 0) {
      const reason = "The account has no CloudFront distributions.";
      return [finding(originHttps, scope, "not_applicable", reason)];
    }

    const loadBalancers = loadBalancersByDnsName(inventory);
    return distributions.value.map((distribution) =>
      evaluateDistribution(distribution, loadBalancers),
    );
  },
};

function evaluateDistribution(
  distribution: CloudFrontDistribution,
  loadBalancers: Map<string, OriginLoadBalancer>,
): Finding {
  const resource = distributionRef(distribution);
  if (!distribution.config.ok) {
    return errorFinding(originHttps, resource, distribution.config.error);
  }

  const origins = distribution.config.value.origins;
  const s3OriginIds = origins.filter((origin) => origin.isS3Origin).map((origin) => origin.id);
  const customOrigins = origins.filter((origin) => !origin.isS3Origin);
  const subject = `Distribution ${distribution.id}`;

  if (customOrigins.length === 0) {
    const reason =
      `${subject} has only S3 origins (${s3OriginIds.join(", ") || "none"}), which have no ` +
      `origin protocol policy, so this check does not apply.`;
    return finding(originHttps, resource, "not_applicable", reason, { S3Origins: s3OriginIds });
  }

  const verdicts = customOrigins.map((origin) => judgeOrigin(origin, loadBalancers));
  const evidence = {
    CustomOrigins: verdicts.map((verdict) => verdict.evidence),
    S3Origins: s3OriginIds,
  };
  const clausesOf = (outcome: OriginVerdict["outcome"]) =>
    verdicts.filter((verdict) => verdict.outcome === outcome).map((verdict) => verdict.clause);

  const failures = clausesOf("fail");
  if (failures.length > 0) {
    const reason =
      `${subject} can send requests to a custom origin unencrypted or over a deprecated protocol: ` +
      `${failures.join("; ")}. Set the origin protocol policy of each custom origin to https-only ` +
      `and its origin SSL protocols to TLSv1.2 only.`;
    return finding(originHttps, resource, "fail", reason, evidence);
  }

  const unknowns = clausesOf("unknown");
  if (unknowns.length > 0) {
    const reason =
      `${subject} could not be judged: ${unknowns.join("; ")}. Inspect it with ` +
      `aws cloudfront get-distribution-config --id ${distribution.id}.`;
    return finding(originHttps, resource, "error", reason, evidence);
  }

  const reason =
    `${subject} reaches its custom origins only over HTTPS with TLSv1.2 or newer: ` +
    `${clausesOf("ok").join("; ")}.`;
  return finding(originHttps, resource, "pass", reason, evidence);
}

function judgeOrigin(
  origin: CloudFrontOrigin,
  loadBalancers: Map<string, OriginLoadBalancer>,
): OriginVerdict {
  const loadBalancer = findOriginLoadBalancer(loadBalancers, origin.domainName);
  const label =
    loadBalancer === undefined
      ? `origin ${origin.id} (${origin.domainName})`
      : `origin ${origin.id} (load balancer ${loadBalancer.name} in ${loadBalancer.region})`;
  const evidence: Record<string, unknown> = {
    Id: origin.id,
    DomainName: origin.domainName,
    OriginProtocolPolicy: origin.originProtocolPolicy,
    OriginSslProtocols: origin.originSslProtocols,
  };
  if (loadBalancer !== undefined) evidence.LoadBalancer = loadBalancer;

  const policy = origin.originProtocolPolicy;
  if (policy === undefined) {
    return { outcome: "unknown", clause: `${label} has no origin protocol policy`, evidence };
  }
  if (policy !== "https-only") {
    const consequence =
      policy === "match-viewer"
        ? ", which uses HTTP to the origin whenever a viewer uses HTTP"
        : "";
    const clause = `${label} has origin protocol policy ${policy}${consequence}`;
    return { outcome: "fail", clause, evidence };
  }

  const protocols = origin.originSslProtocols ?? [];
  if (protocols.length === 0) {
    return { outcome: "unknown", clause: `${label} lists no origin SSL protocols`, evidence };
  }
  const deprecated = protocols.filter((protocol) => DEPRECATED_ORIGIN_PROTOCOLS.has(protocol));
  if (deprecated.length > 0) {
    const clause = `${label} allows ${deprecated.join(", ")} in its origin SSL protocols`;
    return { outcome: "fail", clause, evidence };
  }
  const clause = `${label} is https-only with origin SSL protocols ${protocols.join(", ")}`;
  return { outcome: "ok", clause, evidence };
}
