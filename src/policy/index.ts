export { decodePolicyDocument } from "./decode.js";
export type {
  Condition,
  Effect,
  PolicyDocument,
  PrincipalElement,
  Statement,
  ValueElement,
} from "./document.js";
export { parsePolicy, type ParsePolicyOptions } from "./parse.js";
export type { ParseResult, PolicyParseError } from "./parse-result.js";
export {
  classifyPrincipal,
  type Principal,
  type PrincipalKind,
  type PrincipalType,
} from "./principal.js";
export { explainCondition, type ConditionExplanation } from "./conditions.js";
export { judgeSourceIpRange, type SourceIpRange } from "./source-ip.js";
export type { AccountContext, Grantee, GranteeScope } from "./grantee.js";
export {
  evaluateResourcePolicy,
  type CrossAccountGrant,
  type ResourcePolicyEvaluation,
  type ResourcePolicyOptions,
  type ResourceStatementExplanation,
} from "./resource-policy.js";
export { expandAction, type ExpandedAction } from "./actions.js";
export { actionDataVersion, type AccessLevel, type ActionRecord } from "./action-data.js";
export type { BroadGrant, BroadGrantKind } from "./broad-grant.js";
export type { IdentityStatementExplanation } from "./identity-statement.js";
export {
  evaluateAttachedManagedPolicies,
  evaluateIdentityPolicy,
  type IdentityPolicyEvaluation,
  type IdentityPolicyOptions,
} from "./identity-policy.js";
