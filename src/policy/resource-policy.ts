import { findAdvisories } from "./advisories.js";
import { explainCondition, type ConditionExplanation } from "./conditions.js";
import {
  crossAccountFromConditions,
  crossAccountFromPrincipal,
  crossAccountFromService,
  type CrossAccountGrant,
} from "./cross-account.js";
import type { Effect, PolicyDocument, PrincipalElement, Statement } from "./document.js";
import { classifyGrantee, type AccountContext } from "./grantee.js";
import { describeActions, describeStatement, formatElement } from "./describe.js";

export type { CrossAccountGrant } from "./cross-account.js";

export type ResourcePolicyOptions = AccountContext;

/** Public and cross-account access that a resource policy grants, with an explanation per statement. */
export interface ResourcePolicyEvaluation {
  /** True when at least one Allow statement lets any principal in without a restricting condition. */
  public: boolean;
  /** Grants that accounts other than the owner and the trusted ones can use, reported apart from public. */
  crossAccount: CrossAccountGrant[];
  statements: ResourceStatementExplanation[];
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
  const grantsNothing = (reason: string): StatementEvaluation => ({
    explanation: { ...base, public: false, conditions: [], reason, advisories: [] },
    crossAccount: [],
  });

  const emptyReason = findEmptyGrant(statement, label);
  if (emptyReason !== undefined) {
    return grantsNothing(emptyReason);
  }

  const principal = statement.principal as PrincipalElement;
  const conditions = statement.conditions.map(explainCondition);
  const isWildcard =
    principal.negated || principal.principals.some(({ kind }) => kind === "wildcard");

  const namedGrantees = principal.negated
    ? []
    : principal.principals
        .filter(({ kind }) => kind !== "wildcard")
        .map((grantee) => classifyGrantee(grantee, context));
  const serviceGrantees = namedGrantees.filter(({ principal: { kind } }) => kind === "service");
  const crossAccount = [
    ...namedGrantees.flatMap((grantee) => crossAccountFromPrincipal(statement, label, grantee)),
    ...serviceGrantees.flatMap((grantee) =>
      crossAccountFromService(statement, label, grantee, conditions, context),
    ),
    ...(isWildcard ? crossAccountFromConditions(statement, label, conditions, context) : []),
  ];

  if (!isWildcard) {
    const reason = `${label} allows ${describeActions(statement.action)} to ${namedGrantees.map((grantee) => grantee.description).join(", ")}.`;
    const advisories = serviceGrantees.length > 0 ? findAdvisories(conditions) : [];
    return {
      explanation: { ...base, public: false, conditions, reason, advisories },
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

/**
 * Explains why a statement grants nothing whatever its conditions, or returns undefined: a Deny,
 * no principal, an empty Principal such as `{}` or `{"AWS": []}`, NotPrincipal "*", or an empty
 * Action list.
 */
function findEmptyGrant(statement: Statement, label: string): string | undefined {
  const { principal, action } = statement;

  if (statement.effect === "Deny") {
    return `${label} is a Deny, and Deny statements never grant access, whatever their principal or conditions.`;
  }

  if (principal === undefined) {
    return `${label} names no principal, so in a resource policy it grants nothing.`;
  }

  if (!principal.negated && principal.principals.length === 0) {
    return `${label} has a Principal element that lists no principal, so it grants nothing.`;
  }

  if (principal.negated && principal.principals.some(({ kind }) => kind === "wildcard")) {
    return `${label} uses NotPrincipal "*" with Allow, which excludes every principal, so it grants nothing.`;
  }

  if (!action.negated && action.values.length === 0) {
    return `${label} has an Action element that lists no action, so it grants nothing.`;
  }

  return undefined;
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
