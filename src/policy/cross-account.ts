import type { ConditionExplanation } from "./conditions.js";
import { describeActions } from "./describe.js";
import type { Statement } from "./document.js";
import type { AccountContext, Grantee } from "./grantee.js";
import { describeServiceSource, scopeServiceSource } from "./service-source.js";

export interface CrossAccountGrant {
  statementIndex: number;
  sid?: string;
  /** Undefined when the grant names no 12-digit account, such as an S3 canonical user. */
  accountId?: string;
  /** The principal value, or the condition value that names the account. */
  principal: string;
  /**
   * The origin of the other account: the Principal element, a restricting condition, or a
   * service principal without a source condition, which the service acting for any account can use.
   */
  source: "principal" | "condition" | "any-account-service";
  actions: string[];
  reason: string;
}

/** Reports a named principal outside the owner and the trusted accounts. */
export function crossAccountFromPrincipal(
  statement: Statement,
  label: string,
  grantee: Grantee,
): CrossAccountGrant[] {
  if (grantee.scope !== "cross-account") {
    return [];
  }

  return [
    {
      ...statementFields(statement),
      ...(grantee.accountId !== undefined && { accountId: grantee.accountId }),
      principal: grantee.principal.value,
      source: "principal",
      reason: `${label} allows ${describeActions(statement.action)} to ${grantee.description}.`,
    },
  ];
}

/** Reports accounts that a restricting condition of a wildcard grant names, such as a foreign aws:SourceAccount. */
export function crossAccountFromConditions(
  statement: Statement,
  label: string,
  conditions: ConditionExplanation[],
  context: AccountContext,
): CrossAccountGrant[] {
  return conditions.flatMap((condition) =>
    condition.accountIds
      .filter((accountId) => isForeign(accountId, context))
      .map((accountId) => ({
        ...statementFields(statement),
        accountId,
        principal: condition.values.find((value) => value.includes(accountId)) ?? accountId,
        source: "condition" as const,
        reason: `${label} allows ${describeActions(statement.action)} to callers matching ${condition.key} in account ${accountId}, which is neither the owner nor trusted.`,
      })),
  );
}

/**
 * Reports a grant to an AWS service principal that other accounts can use. Without a condition
 * that names the source, the service acting for any account's resources is let in, which is the
 * cross-service confused deputy problem. A source condition may also name a foreign account.
 */
export function crossAccountFromService(
  statement: Statement,
  label: string,
  grantee: Grantee,
  conditions: ConditionExplanation[],
  context: AccountContext,
): CrossAccountGrant[] {
  const service = grantee.principal.value;
  const actions = describeActions(statement.action);
  const scope = scopeServiceSource(conditions);

  if (scope.kind === "any-account") {
    return [
      {
        ...statementFields(statement),
        principal: service,
        source: "any-account-service",
        reason:
          `${label} allows ${actions} to the AWS service ${service} with no aws:SourceArn, ` +
          `aws:SourceAccount or aws:SourceOwner condition, so any account's ` +
          `${describeServiceSource(service)} can use it, not only the owner's.`,
      },
    ];
  }

  return scope.accountIds
    .filter(({ accountId }) => isForeign(accountId, context))
    .map(({ accountId, condition }) => ({
      ...statementFields(statement),
      accountId,
      principal: condition.values.find((value) => value.includes(accountId)) ?? accountId,
      source: "condition" as const,
      reason: `${label} allows ${actions} to the AWS service ${service} acting for account ${accountId}, which ${condition.key} names and which is neither the owner nor trusted.`,
    }));
}

function statementFields(statement: Statement) {
  return {
    statementIndex: statement.index,
    ...(statement.sid !== undefined && { sid: statement.sid }),
    actions: statement.action.values,
  };
}

function isForeign(accountId: string, context: AccountContext): boolean {
  return accountId !== context.ownerAccountId && !context.trustedAccountIds?.includes(accountId);
}
