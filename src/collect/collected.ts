/**
 * The outcome of one collection step: the value read from AWS, or why it could not be read.
 * Checks must turn a failed step into an `error` finding, never into `pass`.
 */
export type Collected<T> = CollectedValue<T> | CollectedError;

export interface CollectedValue<T> {
  ok: true;
  value: T;
}

export interface CollectedError {
  ok: false;
  error: CollectionError;
}

export type CollectionErrorKind =
  | "access_denied"
  | "throttled"
  | "region_disabled"
  | "not_found"
  | "malformed"
  | "endpoint"
  | "other";

/** Why one AWS call failed, in terms a user can act on. */
export interface CollectionError {
  kind: CollectionErrorKind;
  /** Service name as in the IAM action prefix, e.g. `rds`. */
  service: string;
  /** API operation, e.g. `DescribeDBClusters`. */
  operation: string;
  region: string;
  /** The IAM action the audit role needs for this call, e.g. `rds:DescribeDBClusters`. */
  action: string;
  /** Error code returned by AWS (or the SDK), e.g. `AccessDenied`. */
  code: string;
  message: string;
  /** The resource the call was about, when it was a per-resource call. */
  resource?: string;
}

export function collected<T>(value: T): CollectedValue<T> {
  return { ok: true, value };
}

export function failed(error: CollectionError): CollectedError {
  return { ok: false, error };
}
