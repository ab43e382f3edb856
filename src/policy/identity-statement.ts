import { ACCEPTED_ON_ALL_RESOURCES } from "./accepted-actions.js";
import type { ActionRecord } from "./action-data.js";
import { expandAction } from "./actions.js";
import { describeBroadGrant, describeIgnoredConditions } from "./broad-grant-reasons.js";
import type { BroadGrant, BroadGrantKind } from "./broad-grant.js";
import {
  describeActions,
  describeResources,
  describeStatement,
  formatElement,
} from "./describe.js";
import type { Effect, Statement } from "./document.js";
import { coversAllResources, coversAllRoles } from "./resource-scope.js";

export interface IdentityStatementExplanation {
  index: number;
  sid?: string;
  effect: Effect;
  /** The Action or NotAction element as written, such as `Action: ["sqs:*"]`. */
  actions: string;
  /** The Resource or NotResource element as written. */
  resources: string;
  /** True for `*`, an ARN of only wildcards, or NotResource, all of which cover every resource. */
  onAllResources: boolean;
  /** Actions allowed on every resource that are not findings, each with the reason. */
  accepted: { action: string; reason: string }[];
  reason: string;
}

export interface IdentityStatementEvaluation {
  findings: BroadGrant[];
  explanation: IdentityStatementExplanation;
}

/** Maximum expanded actions a finding lists, so that `ec2:*` does not put hundreds in the evidence. */
const MAX_MATCHED_ACTIONS = 25;

const WILDCARD_ONLY_REASON =
  'the action supports no resource-level permissions, so AWS accepts only Resource "*" for it';

/** Finds the broad grants in one statement of an identity policy. */
export function evaluateIdentityStatement(statement: Statement): IdentityStatementEvaluation {
  const explanation: IdentityStatementExplanation = {
    index: statement.index,
    ...(statement.sid !== undefined && { sid: statement.sid }),
    effect: statement.effect,
    actions: formatElement("Action", statement.action),
    resources: formatElement("Resource", statement.resource),
    onAllResources: coversAllResources(statement.resource),
    accepted: [],
    reason: "",
  };
  const label = describeStatement(statement);
  const grant = `${label} allows ${describeActions(statement.action)} on ${describeResources(statement.resource)}`;

  if (statement.effect === "Deny") {
    explanation.reason = `${label} is a Deny, which never widens access.`;
    return { findings: [], explanation };
  }

  const groups = new BroadGrantGroups();

  if (statement.action.negated) {
    statement.action.values.forEach((pattern) => groups.add("not-action", pattern, []));
  } else {
    for (const pattern of statement.action.values) {
      classifyPattern(pattern, statement, groups, explanation);
    }
  }

  const findings = groups.toFindings(statement, grant);
  const conditions = describeIgnoredConditions(statement);

  explanation.reason =
    findings.length > 0
      ? `${grant}. ${groups.describe()}${conditions}`
      : describeNoFinding(grant, explanation);

  return { findings, explanation };
}

function classifyPattern(
  pattern: string,
  statement: Statement,
  groups: BroadGrantGroups,
  explanation: IdentityStatementExplanation,
): void {
  const expanded = expandAction(pattern);

  switch (expanded.kind) {
    case "all-services":
      groups.add("all-actions", pattern, []);
      return;
    case "unknown":
      if (explanation.onAllResources) {
        groups.add("unknown-action-on-all-resources", pattern, []);
      }
      return;
    case "service-wildcard":
      groups.add("service-wildcard", pattern, significantActions(expanded.actions));
      return;
    case "actions":
      break;
  }

  for (const action of expanded.actions) {
    const kind = classifyAction(action, statement, explanation);

    if (kind !== undefined) {
      groups.add(kind, pattern, [action.name]);
    }
  }
}

/** Decides which kind of broad grant allowing one action is, or undefined when it is none. */
function classifyAction(
  action: ActionRecord,
  statement: Statement,
  explanation: IdentityStatementExplanation,
): BroadGrantKind | undefined {
  const name = action.name.toLowerCase();

  if (name === "iam:passrole") {
    return coversAllRoles(statement.resource) ? "pass-role-on-all-resources" : undefined;
  }

  if (!explanation.onAllResources) {
    return undefined;
  }

  const acceptedReason = ACCEPTED_ON_ALL_RESOURCES.get(name);

  if (acceptedReason !== undefined) {
    explanation.accepted.push({ action: action.name, reason: acceptedReason });
    return undefined;
  }

  if (action.accessLevel === "Permissions management") {
    return "permissions-management-on-all-resources";
  }

  if (action.accessLevel === "Write" || action.accessLevel === "Tagging") {
    if (action.wildcardOnly) {
      explanation.accepted.push({ action: action.name, reason: WILDCARD_ONLY_REASON });
      return undefined;
    }

    return "write-on-all-resources";
  }

  // NOTE: Read and List actions on every resource are not findings, although some of them, such as
  // secretsmanager:GetSecretValue or s3:GetObject, read data rather than metadata.
  return undefined;
}

/** Lists the permissions-management actions first, then write and tagging, for evidence. */
function significantActions(actions: ActionRecord[]): string[] {
  const namesAt = (levels: ActionRecord["accessLevel"][]) =>
    actions.filter((action) => levels.includes(action.accessLevel)).map(({ name }) => name);

  return [...namesAt(["Permissions management"]), ...namesAt(["Write", "Tagging"])];
}

/** The matched patterns and actions of one statement, grouped so that each kind is one finding. */
class BroadGrantGroups {
  private readonly groups = new Map<
    BroadGrantKind,
    { patterns: Set<string>; actions: Set<string> }
  >();

  add(kind: BroadGrantKind, pattern: string, actions: string[]): void {
    const group = this.groups.get(kind) ?? { patterns: new Set(), actions: new Set() };

    group.patterns.add(pattern);
    actions.forEach((action) => group.actions.add(action));
    this.groups.set(kind, group);
  }

  toFindings(statement: Statement, grant: string): BroadGrant[] {
    const conditions = describeIgnoredConditions(statement);

    return [...this.groups].map(([kind, group]) => {
      const patterns = [...group.patterns];
      const actions = [...group.actions];

      return {
        kind,
        statementIndex: statement.index,
        ...(statement.sid !== undefined && { sid: statement.sid }),
        actions: patterns,
        matchedActions: actions.slice(0, MAX_MATCHED_ACTIONS),
        matchedActionCount: actions.length,
        resources: statement.resource?.values ?? [],
        reason: `${grant}. ${describeBroadGrant(kind, patterns, actions)}${conditions}`,
      };
    });
  }

  /** Describes every kind found, for the statement's explanation. */
  describe(): string {
    return [...this.groups]
      .map(([kind, group]) => describeBroadGrant(kind, [...group.patterns], [...group.actions]))
      .join(" ");
  }
}

function describeNoFinding(grant: string, explanation: IdentityStatementExplanation): string {
  if (explanation.accepted.length === 0) {
    return `${grant}, which is not a broad grant.`;
  }

  const accepted = explanation.accepted
    .map(({ action, reason }) => `${action} (${reason})`)
    .join("; ");

  return `${grant}, which is not a broad grant. Accepted on every resource: ${accepted}.`;
}
