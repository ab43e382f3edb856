/** Kind of grant in an identity policy that exceeds least privilege. */
export type BroadGrantKind =
  /** `Action: "*"` or a wildcard service prefix. */
  | "all-actions"
  /** `Allow` with `NotAction`, which grants everything not listed. */
  | "not-action"
  /** Every action of one service, such as `sqs:*`, on any resource. */
  | "service-wildcard"
  | "write-on-all-resources"
  | "permissions-management-on-all-resources"
  | "pass-role-on-all-resources"
  /** An action the IAM action data set does not contain, on every resource. */
  | "unknown-action-on-all-resources"
  /** An attached AWS managed policy such as AdministratorAccess or AmazonSQSFullAccess. */
  | "managed-full-access";

/** One broad grant found in an identity policy or among its attached managed policies. */
export interface BroadGrant {
  kind: BroadGrantKind;
  /** The statement's position; absent for an attached managed policy. */
  statementIndex?: number;
  sid?: string;
  /** The Action patterns as written that make the grant broad, or the managed policy's name or ARN. */
  actions: string[];
  /** The expanded actions behind the finding, such as `sqs:SetQueueAttributes`, at most 25. */
  matchedActions: string[];
  /** How many expanded actions there are in all. */
  matchedActionCount: number;
  resources: string[];
  /** Full sentences: what the statement allows, why that is broad, and what to change. */
  reason: string;
}
