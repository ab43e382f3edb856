import type { Principal } from "./principal.js";

/**
 * An IAM policy document after parsing: every element that JSON allows as a string or an array
 * is an array here, and every statement keeps its position in the original document.
 */
export interface PolicyDocument {
  version?: string;
  id?: string;
  statements: Statement[];
}

export type Effect = "Allow" | "Deny";

export interface Statement {
  /** Zero-based position in the document's `Statement` array (0 when `Statement` is an object). */
  index: number;
  sid?: string;
  effect: Effect;
  /** `Principal` or `NotPrincipal`; absent in identity policies. */
  principal?: PrincipalElement;
  /** `Action` or `NotAction`. */
  action: ValueElement;
  /** `Resource` or `NotResource`; absent in role trust policies. */
  resource?: ValueElement;
  conditions: Condition[];
}

/** A list element that may be negated, such as `NotAction` or `NotResource`. */
export interface ValueElement {
  negated: boolean;
  values: string[];
}

export interface PrincipalElement {
  /** True for `NotPrincipal`. */
  negated: boolean;
  principals: Principal[];
  /** The element as written, for explanations. */
  raw: unknown;
}

/** One condition key under one operator, such as `StringEquals` / `aws:SourceAccount`. */
export interface Condition {
  /** The operator as written, such as `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The condition key in lower case, because AWS compares condition keys case-insensitively. */
  key: string;
  /** The condition key as written. */
  originalKey: string;
  /** The values as strings; JSON numbers and booleans keep their text, such as `"true"`. */
  values: string[];
}
