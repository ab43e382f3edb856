import { decodePolicyDocument } from "./decode.js";
import type { PolicyDocument, Statement } from "./document.js";
import { findDuplicateKey } from "./duplicate-keys.js";
import { DOCUMENT_ELEMENTS, rejectUnknownElements } from "./element-names.js";
import { invalid, isObject, parsed, type ParseResult } from "./parse-result.js";
import { parseStatement } from "./statement.js";

export interface ParsePolicyOptions {
  /**
   * True for documents from IAM's API, which URL-encodes them. Leave false for S3, SQS and SNS
   * resource policies, which arrive as plain JSON that may contain a literal `%`.
   */
  urlEncoded?: boolean;
}

/**
 * Parses a policy document given as JSON text or as an already-parsed object. Returns a typed
 * error, never throws, for text that is not JSON or does not follow the IAM policy grammar.
 * A key repeated within one object is an error too, but only in text input: a parsed object has
 * already lost the earlier value.
 */
export function parsePolicy(
  input: unknown,
  options: ParsePolicyOptions = {},
): ParseResult<PolicyDocument> {
  const json = typeof input === "string" ? parseJsonText(input, options) : parsed(input);

  if (!json.ok) {
    return json;
  }

  return parseDocument(json.value);
}

function parseJsonText(text: string, options: ParsePolicyOptions): ParseResult<unknown> {
  const decoded = options.urlEncoded ? decodePolicyDocument(text) : parsed(text);

  if (!decoded.ok) {
    return decoded;
  }

  let value: unknown;

  try {
    value = JSON.parse(decoded.value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];

    return invalid(
      `The policy document is not valid JSON: ${message}.`,
      undefined,
      position === undefined ? undefined : Number(position),
    );
  }

  const duplicate = findDuplicateKey(decoded.value);

  if (duplicate !== undefined) {
    return invalid(
      `${duplicate.path} appears twice in the same object. JSON parsers differ on which value ` +
        `counts, so the policy cannot be judged. Remove one of the two "${duplicate.key}" keys.`,
      duplicate.path,
      duplicate.position,
    );
  }

  return parsed(value);
}

function parseDocument(raw: unknown): ParseResult<PolicyDocument> {
  if (!isObject(raw)) {
    return invalid("The policy document must be a JSON object.");
  }

  const unknownElement = rejectUnknownElements(raw, DOCUMENT_ELEMENTS, "");
  if (unknownElement !== undefined) {
    return unknownElement;
  }

  const { Version: version, Id: id, Statement: statementElement } = raw;

  if (version !== undefined && typeof version !== "string") {
    return invalid("Version must be a string such as 2012-10-17.", "Version");
  }

  if (id !== undefined && typeof id !== "string") {
    return invalid("Id must be a string.", "Id");
  }

  if (statementElement === undefined) {
    return invalid("The policy document has no Statement element.", "Statement");
  }

  const rawStatements: unknown[] = Array.isArray(statementElement)
    ? statementElement
    : [statementElement];
  const statements: Statement[] = [];

  for (const [index, rawStatement] of rawStatements.entries()) {
    const path = Array.isArray(statementElement) ? `Statement[${index}]` : "Statement";
    const statement = parseStatement(rawStatement, index, path);

    if (!statement.ok) {
      return statement;
    }

    statements.push(statement.value);
  }

  const document: PolicyDocument = { statements };

  if (version !== undefined) {
    document.version = version;
  }

  if (id !== undefined) {
    document.id = id;
  }

  return parsed(document);
}
