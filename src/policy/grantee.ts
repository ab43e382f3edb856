import type { Principal } from "./principal.js";

/** The accounts a resource policy is judged against. */
export interface AccountContext {
  /** The account that owns the resource. */
  ownerAccountId: string;
  /** Other accounts whose access is expected, such as the organization's security account. */
  trustedAccountIds?: readonly string[];
  /**
   * The owner's S3 canonical user id (`Owner.ID` from ListBuckets). Without it, every
   * CanonicalUser principal is reported as cross-account because its account cannot be determined.
   */
  ownerCanonicalUserId?: string;
}

/** Relation of a named (non-wildcard) principal to the owning account. */
export type GranteeScope = "owner" | "trusted" | "cross-account" | "aws-service" | "deleted";

export interface Grantee {
  scope: GranteeScope;
  principal: Principal;
  /** The account of a cross-account grantee, when the principal names a 12-digit account. */
  accountId?: string;
  /** A phrase naming the grantee, such as "account 111122223333 (the owner)". */
  description: string;
}

/** Places a principal that is not a wildcard relative to the owner and the trusted accounts. */
export function classifyGrantee(principal: Principal, context: AccountContext): Grantee {
  const { accountId, value } = principal;

  switch (principal.kind) {
    case "service":
      return { scope: "aws-service", principal, description: `the AWS service ${value}` };
    case "cloudfront-oai":
      return {
        scope: "aws-service",
        principal,
        description: `the CloudFront origin access identity ${value}`,
      };
    case "unique-id":
      return {
        scope: "deleted",
        principal,
        description: `the unique id ${value}, which AWS writes in place of a deleted principal and which no current principal matches`,
      };
    case "canonical-user":
      return value === context.ownerCanonicalUserId
        ? { scope: "owner", principal, description: `the owner's canonical user ${value}` }
        : {
            scope: "cross-account",
            principal,
            description: `the canonical user ${value}, whose account cannot be determined from the policy`,
          };
    default:
      break;
  }

  if (accountId === undefined) {
    return {
      scope: "cross-account",
      principal,
      description:
        principal.kind === "identity-provider"
          ? `the identity provider ${value}, which is outside the owning account`
          : `the unrecognised principal ${JSON.stringify(value)}`,
    };
  }

  return classifyAccount(principal, accountId, context);
}

function classifyAccount(
  principal: Principal,
  accountId: string,
  context: AccountContext,
): Grantee {
  const subject = principal.kind === "account" ? `account ${accountId}` : principal.value;

  if (accountId === context.ownerAccountId) {
    return { scope: "owner", principal, description: `${subject} (the owning account)` };
  }

  if (context.trustedAccountIds?.includes(accountId)) {
    return { scope: "trusted", principal, description: `${subject} (a trusted account)` };
  }

  return {
    scope: "cross-account",
    principal,
    accountId,
    description:
      principal.kind === "account"
        ? `${subject}, which is neither the owner nor trusted`
        : `${subject} of account ${accountId}, which is neither the owner nor trusted`,
  };
}
