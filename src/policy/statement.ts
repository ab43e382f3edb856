import type { Condition, PrincipalElement, Statement, ValueElement } from "./document.js";
import { rejectUnknownElements, STATEMENT_ELEMENTS } from "./element-names.js";
import { invalid, isObject, parsed, type ParseResult } from "./parse-result.js";
import { parsePrincipals } from "./principal.js";

/** Parses one statement object; `path` names it in errors, such as `Statement[2]`. */
export function parseStatement(raw: unknown, index: number, path: string): ParseResult<Statement> {
  if (!isObject(raw)) {
    return invalid(`${path} must be a JSON object.`, path);
  }

  const unknownElement = rejectUnknownElements(raw, STATEMENT_ELEMENTS, path);
  if (unknownElement !== undefined) {
    return unknownElement;
  }

  const { Sid: sid, Effect: effect } = raw;

  if (sid !== undefined && typeof sid !== "string") {
    return invalid(`${path}.Sid must be a string.`, `${path}.Sid`);
  }

  if (effect === undefined) {
    return invalid(`${path} has no Effect, which must be Allow or Deny.`, `${path}.Effect`);
  }

  if (effect !== "Allow" && effect !== "Deny") {
    return invalid(
      `${path}.Effect must be Allow or Deny, not ${JSON.stringify(effect)}.`,
      `${path}.Effect`,
    );
  }

  const action = parseValueElement(raw, "Action", path);
  if (!action.ok) {
    return action;
  }

  if (action.value === undefined) {
    return invalid(`${path} has neither Action nor NotAction.`, path);
  }

  const resource = parseValueElement(raw, "Resource", path);
  if (!resource.ok) {
    return resource;
  }

  const principal = parsePrincipalElement(raw, path);
  if (!principal.ok) {
    return principal;
  }

  const conditions = parseConditions(raw.Condition, `${path}.Condition`);
  if (!conditions.ok) {
    return conditions;
  }

  const statement: Statement = {
    index,
    effect,
    action: action.value,
    conditions: conditions.value,
  };

  if (sid !== undefined) {
    statement.sid = sid;
  }

  if (resource.value !== undefined) {
    statement.resource = resource.value;
  }

  if (principal.value !== undefined) {
    statement.principal = principal.value;
  }

  return parsed(statement);
}

/** Reads `name` or `Not<name>` (never both) as a list of strings. */
function parseValueElement(
  raw: Record<string, unknown>,
  name: "Action" | "Resource",
  path: string,
): ParseResult<ValueElement | undefined> {
  const positive = raw[name];
  const negative = raw[`Not${name}`];

  if (positive !== undefined && negative !== undefined) {
    return invalid(`${path} has both ${name} and Not${name}; a statement may have only one.`, path);
  }

  if (positive === undefined && negative === undefined) {
    return parsed(undefined);
  }

  const negated = positive === undefined;
  const element = negated ? negative : positive;
  const elementPath = `${path}.${negated ? "Not" : ""}${name}`;
  const values: unknown[] = Array.isArray(element) ? element : [element];

  if (!values.every((value) => typeof value === "string")) {
    return invalid(`${elementPath} must be a string or an array of strings.`, elementPath);
  }

  return parsed({ negated, values });
}

function parsePrincipalElement(
  raw: Record<string, unknown>,
  path: string,
): ParseResult<PrincipalElement | undefined> {
  if (raw.Principal !== undefined && raw.NotPrincipal !== undefined) {
    return invalid(
      `${path} has both Principal and NotPrincipal; a statement may have only one.`,
      path,
    );
  }

  const negated = raw.Principal === undefined;
  const element = negated ? raw.NotPrincipal : raw.Principal;

  if (element === undefined) {
    return parsed(undefined);
  }

  const principals = parsePrincipals(element, `${path}.${negated ? "NotPrincipal" : "Principal"}`);
  if (!principals.ok) {
    return principals;
  }

  return parsed({ negated, principals: principals.value, raw: element });
}

/** Reads `{ operator: { key: value | [values] } }` into one entry per operator and key. */
function parseConditions(raw: unknown, path: string): ParseResult<Condition[]> {
  if (raw === undefined) {
    return parsed([]);
  }

  if (!isObject(raw)) {
    return invalid(`${path} must be an object keyed by condition operator.`, path);
  }

  const conditions: Condition[] = [];

  for (const [operator, keys] of Object.entries(raw)) {
    if (!isObject(keys)) {
      return invalid(
        `${path}.${operator} must be an object keyed by condition key.`,
        `${path}.${operator}`,
      );
    }

    for (const [key, rawValues] of Object.entries(keys)) {
      const valuePath = `${path}.${operator}.${key}`;
      const list: unknown[] = Array.isArray(rawValues) ? rawValues : [rawValues];

      if (!list.every(isScalar)) {
        return invalid(
          `${valuePath} must be a string, number, boolean or an array of them.`,
          valuePath,
        );
      }

      conditions.push({
        operator,
        key: key.toLowerCase(),
        originalKey: key,
        values: list.map(String),
      });
    }
  }

  return parsed(conditions);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
