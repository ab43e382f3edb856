export type OperatorFamily =
  "string" | "arn" | "ip" | "numeric" | "date" | "bool" | "binary" | "null";

/** A condition operator name split into its base operator and qualifiers. */
export interface ConditionOperator {
  /** The base operator in AWS spelling, such as `StringEquals`, or as written when unknown. */
  base: string;
  /** Undefined for an operator name that IAM does not define. */
  family?: OperatorFamily;
  /** True for the `...IfExists` form, which also matches when the key is missing from the request. */
  ifExists: boolean;
  setOperator?: "ForAllValues" | "ForAnyValue";
  /** True for operators that match everything except the listed values, such as `StringNotEquals`. */
  negated: boolean;
  /** True when `*` and `?` in a value are wildcards rather than literal characters. */
  wildcards: boolean;
}

interface OperatorTraits {
  family: OperatorFamily;
  negated: boolean;
  wildcards: boolean;
}

/**
 * The base operators of the IAM policy grammar. ArnEquals matches each ARN field with wildcards
 * just as ArnLike does; the String operators treat `*` and `?` as wildcards only in StringLike and
 * StringNotLike.
 */
const BASE_OPERATORS: Record<string, OperatorTraits> = {
  StringEquals: { family: "string", negated: false, wildcards: false },
  StringNotEquals: { family: "string", negated: true, wildcards: false },
  StringEqualsIgnoreCase: { family: "string", negated: false, wildcards: false },
  StringNotEqualsIgnoreCase: { family: "string", negated: true, wildcards: false },
  StringLike: { family: "string", negated: false, wildcards: true },
  StringNotLike: { family: "string", negated: true, wildcards: true },
  ArnEquals: { family: "arn", negated: false, wildcards: true },
  ArnLike: { family: "arn", negated: false, wildcards: true },
  ArnNotEquals: { family: "arn", negated: true, wildcards: true },
  ArnNotLike: { family: "arn", negated: true, wildcards: true },
  IpAddress: { family: "ip", negated: false, wildcards: false },
  NotIpAddress: { family: "ip", negated: true, wildcards: false },
  NumericEquals: { family: "numeric", negated: false, wildcards: false },
  NumericNotEquals: { family: "numeric", negated: true, wildcards: false },
  NumericLessThan: { family: "numeric", negated: false, wildcards: false },
  NumericLessThanEquals: { family: "numeric", negated: false, wildcards: false },
  NumericGreaterThan: { family: "numeric", negated: false, wildcards: false },
  NumericGreaterThanEquals: { family: "numeric", negated: false, wildcards: false },
  DateEquals: { family: "date", negated: false, wildcards: false },
  DateNotEquals: { family: "date", negated: true, wildcards: false },
  DateLessThan: { family: "date", negated: false, wildcards: false },
  DateLessThanEquals: { family: "date", negated: false, wildcards: false },
  DateGreaterThan: { family: "date", negated: false, wildcards: false },
  DateGreaterThanEquals: { family: "date", negated: false, wildcards: false },
  Bool: { family: "bool", negated: false, wildcards: false },
  BinaryEquals: { family: "binary", negated: false, wildcards: false },
  Null: { family: "null", negated: false, wildcards: false },
};

const BASE_BY_LOWER_CASE = new Map(
  Object.keys(BASE_OPERATORS).map((name) => [name.toLowerCase(), name]),
);

/**
 * Splits an operator name such as `ForAnyValue:StringLikeIfExists` into its parts. A name with
 * white space, such as " StringEquals ", is not an IAM operator and comes back without a family.
 */
export function parseConditionOperator(name: string): ConditionOperator {
  let rest = name;
  let setOperator: ConditionOperator["setOperator"];

  const colon = rest.indexOf(":");
  if (colon !== -1) {
    const qualifier = rest.slice(0, colon).toLowerCase();
    setOperator =
      qualifier === "forallvalues"
        ? "ForAllValues"
        : qualifier === "foranyvalue"
          ? "ForAnyValue"
          : undefined;
    rest = rest.slice(colon + 1);
  }

  const ifExists = rest.toLowerCase().endsWith("ifexists");
  if (ifExists) {
    rest = rest.slice(0, -"IfExists".length);
  }

  const base = BASE_BY_LOWER_CASE.get(rest.toLowerCase());
  if (base === undefined || (colon !== -1 && setOperator === undefined)) {
    return {
      base: name,
      ifExists,
      negated: false,
      wildcards: false,
      ...(setOperator && { setOperator }),
    };
  }

  const traits = BASE_OPERATORS[base] as OperatorTraits;
  return {
    base,
    family: traits.family,
    ifExists,
    negated: traits.negated,
    wildcards: traits.wildcards,
    ...(setOperator && { setOperator }),
  };
}
