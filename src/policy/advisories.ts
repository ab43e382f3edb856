import type { ConditionExplanation } from "./conditions.js";

const ORGANIZATION_KEYS = new Set([
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
]);

const ACCOUNT_KEYS = new Set(["aws:sourceaccount", "aws:sourceowner"]);

/** Matches S3 bucket and object ARNs, whose account field is always empty. */
const S3_ARN = /^arn:[^:]+:s3:::/;

/**
 * Notes on a wildcard grant that its conditions do restrict, but that still deserve a look: access
 * open to a whole organization, and an S3 source ARN without an account condition. Neither makes
 * the resource public.
 */
export function findAdvisories(conditions: ConditionExplanation[]): string[] {
  const restricting = conditions.filter(({ restricts }) => restricts);
  const advisories: string[] = [];

  for (const condition of restricting) {
    if (ORGANIZATION_KEYS.has(condition.key.toLowerCase())) {
      advisories.push(
        `${condition.key} admits principals of every account in ${condition.values.join(", ")}, not only the owning account.`,
      );
    }
  }

  const namesS3Source = restricting.some(
    ({ key, values }) =>
      key.toLowerCase() === "aws:sourcearn" && values.some((value) => S3_ARN.test(value)),
  );
  const namesSourceAccount = restricting.some(({ key }) => ACCOUNT_KEYS.has(key.toLowerCase()));

  if (namesS3Source && !namesSourceAccount) {
    advisories.push(
      "aws:SourceArn names an S3 bucket, and bucket ARNs carry no account id, so a bucket of the same name created in another account after this one is deleted would match. AWS recommends adding aws:SourceAccount.",
    );
  }

  return advisories;
}
