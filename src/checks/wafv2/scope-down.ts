import { asObject, asObjects, asString, type JsonObject } from "./json.js";
import { nameFromArn } from "./rule-groups.js";

/** Words for ByteMatchStatement.PositionalConstraint. */
const POSITIONAL_CONSTRAINTS: Record<string, string> = {
  EXACTLY: "is",
  STARTS_WITH: "starts with",
  ENDS_WITH: "ends with",
  CONTAINS: "contains",
  CONTAINS_WORD: "contains the word",
};

/** Descriptions of the FieldToMatch keys that name the inspected part without further configuration. */
const FIELDS: Record<string, string> = {
  Method: "the HTTP method",
  UriPath: "the URI path",
  QueryString: "the query string",
  Body: "the body",
  JsonBody: "the JSON body",
  AllQueryArguments: "a query argument",
  Cookies: "a cookie",
  Headers: "a header",
};

/**
 * Describes a scope-down statement in words for a finding's reason, e.g. `the HTTP method is
 * "POST"`. Statement types without a description here are named by their type.
 */
export function describeStatement(statement: JsonObject): string {
  const [type, body] = Object.entries(statement)[0] ?? ["(empty)", undefined];
  const fields = asObject(body) ?? {};

  switch (type) {
    case "AndStatement":
    case "OrStatement": {
      const joiner = type === "AndStatement" ? " and " : " or ";
      const parts = asObjects(fields.Statements).map((nested) => `(${describeStatement(nested)})`);
      return parts.join(joiner);
    }
    case "NotStatement": {
      const nested = asObject(fields.Statement);
      return `not (${nested === undefined ? "(empty)" : describeStatement(nested)})`;
    }
    case "ByteMatchStatement": {
      const constraint = asString(fields.PositionalConstraint) ?? "";
      const verb = POSITIONAL_CONSTRAINTS[constraint] ?? constraint;
      return `${describeField(fields.FieldToMatch)} ${verb} "${asString(fields.SearchString) ?? ""}"`;
    }
    case "GeoMatchStatement": {
      const codes = Array.isArray(fields.CountryCodes) ? fields.CountryCodes.join(", ") : "";
      return `the request comes from country ${codes}`;
    }
    case "IPSetReferenceStatement":
      return `the client IP is in IP set ${nameFromArn(asString(fields.ARN) ?? "")}`;
    case "LabelMatchStatement":
      return `the request has label ${asString(fields.Key) ?? ""}`;
    case "RegexMatchStatement":
      return `${describeField(fields.FieldToMatch)} matches regex "${asString(fields.RegexString) ?? ""}"`;
    case "RegexPatternSetReferenceStatement": {
      const set = nameFromArn(asString(fields.ARN) ?? "");
      return `${describeField(fields.FieldToMatch)} matches regex pattern set ${set}`;
    }
    default:
      return `the request matches the ${type}`;
  }
}

function describeField(value: unknown): string {
  const field = asObject(value) ?? {};
  const [key, config] = Object.entries(field)[0] ?? ["(no field)", undefined];

  const name = asString(asObject(config)?.Name);
  if (key === "SingleHeader") return `header ${name ?? ""}`;
  if (key === "SingleQueryArgument") return `query argument ${name ?? ""}`;
  return FIELDS[key] ?? key;
}
