import type { S3Acl, S3Bucket, S3Grant } from "../../collect/inventory.js";
import { describeLevels, type EffectiveSetting } from "./block-settings.js";
import { describeUnread, describeUnreadLevels, type ExposurePath } from "./exposure-path.js";

/** The ACL groups that make a grant public, with the callers each one admits. */
const PUBLIC_GROUPS: ReadonlyMap<string, string> = new Map([
  [
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "everyone, anonymous callers included (AllUsers)",
  ],
  [
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
    "every AWS account (AuthenticatedUsers)",
  ],
]);

export interface AclExposure {
  path: ExposurePath;
  evidence: Record<string, unknown>;
}

/**
 * Decides whether the bucket ACL makes the bucket public. IgnorePublicAcls, at either level,
 * makes S3 ignore public grants. BlockPublicAcls only rejects new public ACLs and does not.
 * NOTE: object ACLs are not read, so an object made public by its own ACL in a bucket without
 * IgnorePublicAcls is not detected.
 */
export function assessAclExposure(
  bucket: S3Bucket,
  ignorePublicAcls: EffectiveSetting,
  blockPublicAcls: EffectiveSetting,
): AclExposure {
  const grants = bucket.acl.ok ? findPublicGrants(bucket.acl.value) : [];
  const evidence = {
    PublicAclGrants: bucket.acl.ok
      ? grants.map((grant) => ({ Grantee: grant.uri, Permission: grant.permission }))
      : { Unread: bucket.acl.error.action },
  };

  if (ignorePublicAcls.state === "on") {
    const reason =
      `IgnorePublicAcls is on at ${describeLevels(ignorePublicAcls.levels)}, so S3 ignores ` +
      `public ACL grants on the bucket and its objects.`;
    return { path: { state: "closed", reason }, evidence };
  }

  if (!bucket.acl.ok) {
    const reason = `${describeUnread("The bucket ACL", bucket.acl.error)}.`;
    return { path: { state: "unknown", reason, errors: [bucket.acl.error] }, evidence };
  }

  if (grants.length === 0) {
    const reason = "The bucket ACL grants nothing to the AllUsers or AuthenticatedUsers groups.";
    return { path: { state: "closed", reason }, evidence };
  }

  const granted = `The bucket ACL grants ${grants.map(describeGrant).join(" and ")}.`;
  if (ignorePublicAcls.state === "unknown") {
    const reason =
      `${granted} Whether IgnorePublicAcls neutralises this is unknown because ` +
      `${describeUnreadLevels(ignorePublicAcls.unread)}.`;
    return {
      path: { state: "unknown", reason, errors: ignorePublicAcls.unread.map(({ error }) => error) },
      evidence,
    };
  }

  const blockNote =
    blockPublicAcls.state === "on"
      ? ` BlockPublicAcls is on at ${describeLevels(blockPublicAcls.levels)}, but it only rejects new public ACLs, so these grants still apply.`
      : "";
  const reason = `${granted} IgnorePublicAcls is off at both the account and the bucket level.${blockNote}`;
  return { path: { state: "open", reason }, evidence };
}

function findPublicGrants(acl: S3Acl): S3Grant[] {
  return acl.grants.filter((grant) => grant.uri !== undefined && PUBLIC_GROUPS.has(grant.uri));
}

function describeGrant(grant: S3Grant): string {
  return `${grant.permission} to ${PUBLIC_GROUPS.get(grant.uri ?? "") ?? grant.uri ?? ""}`;
}
