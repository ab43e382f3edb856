import { findAdvisories } from "./advisories.js";
import { explainCondition, type ConditionExplanation } from "./conditions.js";
import type { Effect, PolicyDocument, Statement } from "./document.js";
import { classifyGrantee, type AccountContext, type Grantee } from "./grantee.js";
import { describeActions, describeStatement, formatElement } from "./describe.js";

export type ResourcePolicyOptions = AccountContext;

/** Public and cross-account access that a resource policy grants, with an explanation per statement. */
export interface ResourcePolicyEvaluation {
  /** True when at least one Allow statement lets any principal in without a restricting condition. */
  public: boolean;
  /** Grants to named accounts other than the owner and the trusted ones, reported apart from public. */
  crossAccount: CrossAccountGrant[];
  statements: ResourceStatementExplanation[];
}

export interface CrossAccountGrant {
  statementIndex: number;
  sid?: string;
  /** Undefined when the principal names no 12-digit account, such as an S3 canonical user. */
  accountId?: string;
  /** The principal value, or the condition value that names the account. */
  principal: string;
  /** Whether the account is named in the Principal element or in a restricting condition. */
  source: "principal" | "condition";
  actions: string[];
  reason: string;
}

export interface ResourceStatementExplanation {
  index: number;
  sid?: string;
  effect: Effect;
  /** The Principal or NotPrincipal element as written, such as `Principal: {"AWS":"*"}`. */
  principal: string;
  /** The Action or NotAction element as written, such as `NotAction: ["sqs:DeleteQueue"]`. */
  actions: string;
  public: boolean;
  conditions: ConditionExplanation[];
  reason: string;
  /** Notes on a restricted wildcard grant, such as access open to a whole organization. */
  advisories: string[];
}

/**
 * Decides whether a resource policy (S3 bucket, SQS queue, SNS topic, ...) makes its resource
 * public, following S3's meaning of public: an Allow to a wildcard principal (`*`,
 * `{"AWS": "*"}` or NotPrincipal) is public unless a condition fixes a restricting key. Deny
 * statements never grant access.
 */
export function evaluateResourcePolicy(
  policy: PolicyDocument,
  options: ResourcePolicyOptions,
): ResourcePolicyEvaluation {
  const evaluations = policy.statements.map((statement) => evaluateStatement(statement, options));

  return {
    public: evaluations.some(({ explanation }) => explanation.public),
    crossAccount: evaluations.flatMap(({ crossAccount }) => crossAccount),
    statements: evaluations.map(({ explanation }) => explanation),
  };
}

interface StatementEvaluation {
  explanation: ResourceStatementExplanation;
  crossAccount: CrossAccountGrant[];
}

function evaluateStatement(statement: Statement, context: AccountContext): StatementEvaluation {
  const base = {
    index: statement.index,
    ...(statement.sid !== undefined && { sid: statement.sid }),
    effect: statement.effect,
    principal: describePrincipalElement(statement),
    actions: formatElement("Action", statement.action),
  };
  const label = describeStatement(statement);

  if (statement.effect === "Deny") {
    const reason = `${label} is a Deny, and Deny statements never grant access, whatever their principal or conditions.`;
    return {
      explanation: { ...base, public: false, conditions: [], reason, advisories: [] },
      crossAccount: [],
    };
  }

  if (statement.principal === undefined) {
    const reason = `${label} names no principal, so in a resource policy it grants nothing.`;
    return {
      explanation: { ...base, public: false, conditions: [], reason, advisories: [] },
      crossAccount: [],
    };
  }

  if (
    statement.principal.negated &&
    statement.principal.principals.some(({ kind }) => kind === "wildcard")
  ) {
    const reason = `${label} uses NotPrincipal "*" with Allow, which excludes every principal, so it grants nothing.`;
    return {
      explanation: { ...base, public: false, conditions: [], reason, advisories: [] },
      crossAccount: [],
    };
  }

  const conditions = statement.conditions.map(explainCondition);
  const isWildcard =
    statement.principal.negated ||
    statement.principal.principals.some(({ kind }) => kind === "wildcard");

  const namedGrantees = statement.principal.negated
    ? []
    : statement.principal.principals
        .filter(({ kind }) => kind !== "wildcard")
        .map((principal) => classifyGrantee(principal, context));
  const crossAccount = [
    ...namedGrantees.flatMap((grantee) => crossAccountFromPrincipal(statement, label, grantee)),
    ...(isWildcard ? crossAccountFromConditions(statement, label, conditions, context) : []),
  ];

  if (!isWildcard) {
    const reason = `${label} allows ${describeActions(statement.action)} to ${namedGrantees.map((grantee) => grantee.description).join(", ")}.`;
    return {
      explanation: { ...base, public: false, conditions, reason, advisories: [] },
      crossAccount,
    };
  }

  const isPublic = !conditions.some(({ restricts }) => restricts);
  const reason = describeWildcardGrant(statement, label, conditions, isPublic);

  const advisories = isPublic ? [] : findAdvisories(conditions);

  return {
    explanation: { ...base, public: isPublic, conditions, reason, advisories },
    crossAccount,
  };
}

function describePrincipalElement(statement: Statement): string {
  if (statement.principal === undefined) {
    return "none";
  }

  const name = statement.principal.negated ? "NotPrincipal" : "Principal";
  return `${name}: ${JSON.stringify(statement.principal.raw)}`;
}

function describeWildcardGrant(
  statement: Statement,
  label: string,
  conditions: ConditionExplanation[],
  isPublic: boolean,
): string {
  const actions = describeActions(statement.action);
  const excluded = statement.principal?.negated ? statement.principal.principals : [];
  const everyone =
    excluded.length > 0
      ? `every principal except ${excluded.map(({ value }) => value).join(", ")}, anonymous callers included`
      : "any principal, anonymous callers included";

  if (!isPublic) {
    const restricting = conditions.filter(({ restricts }) => restricts);
    return `${label} allows ${actions} to ${everyone}, but ${restricting.map(({ reason }) => reason).join(" Also, ")}`;
  }

  if (conditions.length === 0) {
    return `${label} allows ${actions} to ${everyone}, with no condition that limits the callers.`;
  }

  return `${label} allows ${actions} to ${everyone}, and no condition limits the callers: ${conditions.map(({ reason }) => reason).join(" ")}`;
}

function crossAccountFromPrincipal(
  statement: Statement,
  label: string,
  grantee: Grantee,
): CrossAccountGrant[] {
  if (grantee.scope !== "cross-account") {
    return [];
  }

  return [
    {
      statementIndex: statement.index,
      ...(statement.sid !== undefined && { sid: statement.sid }),
      ...(grantee.accountId !== undefined && { accountId: grantee.accountId }),
      principal: grantee.principal.value,
      source: "principal",
      actions: statement.action.values,
      reason: `${label} allows ${describeActions(statement.action)} to ${grantee.description}.`,
    },
  ];
}

/** Reports accounts that a restricting condition names, such as a foreign aws:SourceAccount. */
function crossAccountFromConditions(
  statement: Statement,
  label: string,
  conditions: ConditionExplanation[],
  context: AccountContext,
): CrossAccountGrant[] {
  return conditions.flatMap((condition) =>
    condition.accountIds
      .filter(
        (accountId) =>
          accountId !== context.ownerAccountId && !context.trustedAccountIds?.includes(accountId),
      )
      .map((accountId) => ({
        statementIndex: statement.index,
        ...(statement.sid !== undefined && { sid: statement.sid }),
        accountId,
        principal: condition.values.find((value) => value.includes(accountId)) ?? accountId,
        source: "condition" as const,
        actions: statement.action.values,
        reason: `${label} allows ${describeActions(statement.action)} to callers matching ${condition.key} in account ${accountId}, which is neither the owner nor trusted.`,
      })),
  );
}
