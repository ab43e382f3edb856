import { GLOBAL_REGION } from "../../aws/regions.js";
import type { Inventory } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding } from "../finding.js";
import { readGlobalPart } from "../inputs.js";
import { joinNames, publicAccessBlockEvidence, settingsOff } from "./public-access-block.js";

/** The account-level Block Public Access of S3 has all four settings on. */
export const accountPublicAccessBlock: Check = {
  id: "s3.account-public-access-block",
  title: "S3 Block Public Access is on for the account",
  severity: "medium",
  references: { cwe: ["CWE-284"], asvs: [], securityHub: ["S3.1"] },
  inputs: ["s3"],
  remediation:
    "Turn on all four Block Public Access settings for the account (S3 console: Block Public " +
    "Access settings for this account; or aws s3control put-public-access-block --account-id ID " +
    "--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true," +
    "BlockPublicPolicy=true,RestrictPublicBuckets=true).",
  evaluate: (inventory) => [evaluateAccount(inventory)],
};

function evaluateAccount(inventory: Inventory): Finding {
  const check = accountPublicAccessBlock;
  const resource = accountRef(inventory.accountId);
  const account = inventory.accountId;

  const s3 = readGlobalPart(check, "s3", inventory.parts.s3, resource);
  if (!s3.ok) return s3.finding;

  const setting = s3.value.accountPublicAccessBlock;
  if (!setting.ok) return errorFinding(check, resource, setting.error);

  const configuration = setting.value;
  const evidence = {
    AccountId: account,
    PublicAccessBlockConfiguration: publicAccessBlockEvidence(configuration),
  };

  if (configuration === null) {
    const reason =
      `Account ${account} has no account-level Block Public Access configuration (S3 Control ` +
      `GetPublicAccessBlock returned NoSuchPublicAccessBlockConfiguration), so only each bucket's ` +
      `own settings keep public policies and ACLs out. Turn on all four settings for the account.`;
    return finding(check, resource, "fail", reason, evidence);
  }

  const off = settingsOff(configuration);
  if (off.length > 0) {
    const reason =
      `Account ${account} has account-level Block Public Access, but ${joinNames(off)} ` +
      `${off.length === 1 ? "is" : "are"} off. Turn on all four settings for the account.`;
    return finding(check, resource, "fail", reason, evidence);
  }

  const reason =
    `Account ${account} has all four account-level Block Public Access settings on ` +
    `(BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets).`;
  return finding(check, resource, "pass", reason, evidence);
}

/**
 * Names the account-level setting, which has no ARN of its own. The type is the one AWS Config
 * uses for it.
 */
function accountRef(accountId: string): ResourceRef {
  return {
    arn: `arn:aws:s3::${accountId}:account-public-access-block`,
    type: "AWS::S3::AccountPublicAccessBlock",
    region: GLOBAL_REGION,
    name: `S3 Block Public Access of account ${accountId}`,
  };
}
