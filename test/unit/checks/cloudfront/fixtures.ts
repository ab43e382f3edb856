import type {
  CloudFrontDistribution,
  CloudFrontOrigin,
  DistributionConfig,
} from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, ok } from "../inventory-fixture.js";

/** Builds a custom origin that is HTTPS only with TLSv1.2, pointing at `domainName`. */
export function customOrigin(overrides: Partial<CloudFrontOrigin> = {}): CloudFrontOrigin {
  return {
    id: "app-origin",
    domainName: "app.example.com",
    originProtocolPolicy: "https-only",
    originSslProtocols: ["TLSv1.2"],
    isS3Origin: false,
    ...overrides,
  };
}

export function s3Origin(): CloudFrontOrigin {
  return { id: "assets-origin", domainName: "example-assets.s3.amazonaws.com", isS3Origin: true };
}

export function distributionConfig(
  overrides: Partial<DistributionConfig> = {},
): DistributionConfig {
  return {
    origins: [customOrigin()],
    defaultViewerProtocolPolicy: "redirect-to-https",
    viewerProtocolPolicies: ["redirect-to-https"],
    logging: { enabled: false },
    ...overrides,
  };
}

/** Builds a distribution `E1EXAMPLE` whose config was read, with one HTTPS-only custom origin by default. */
export function distribution(
  overrides: Partial<CloudFrontDistribution> = {},
  config: Partial<DistributionConfig> = {},
): CloudFrontDistribution {
  const id = overrides.id ?? "E1EXAMPLE";
  return {
    arn: `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/${id}`,
    id,
    domainName: "d111111abcdef8.cloudfront.net",
    enabled: true,
    config: ok(distributionConfig(config)),
    ...overrides,
  };
}
