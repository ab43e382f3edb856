import { GLOBAL_REGION } from "../../aws/regions.js";
import type { CloudFrontDistribution } from "../../collect/inventory.js";
import type { ResourceRef } from "../check.js";

export const DISTRIBUTION_TYPE = "AWS::CloudFront::Distribution";

/** Builds a distribution's resource reference in us-east-1, the region of the global CloudFront API. */
export function distributionRef(distribution: CloudFrontDistribution): ResourceRef {
  return {
    arn: distribution.arn,
    type: DISTRIBUTION_TYPE,
    region: GLOBAL_REGION,
    name: distribution.id,
  };
}

/** Builds the scope of every distribution of the account, used when the listing is empty or failed. */
export function distributionsScope(accountId: string): ResourceRef {
  return {
    arn: `arn:aws:cloudfront::${accountId}:distribution/*`,
    type: DISTRIBUTION_TYPE,
    region: GLOBAL_REGION,
    name: "CloudFront distributions",
  };
}
