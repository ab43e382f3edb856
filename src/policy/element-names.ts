import type { PolicyParseError } from "./parse-result.js";

/** The top-level elements of an IAM policy document. */
export const DOCUMENT_ELEMENTS = ["Version", "Id", "Statement"] as const;

/** The elements of one statement. */
export const STATEMENT_ELEMENTS = [
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
] as const;

/**
 * Rejects the first key of `raw` that is not one of `allowed`. IAM element names are
 * case-sensitive, so `principal` or `Principals` is not a Principal element. Skipping such a key
 * would read `{"Effect": "Allow", "principal": "*", "Action": "sqs:*"}` as a statement without a
 * principal that grants nothing, when the author meant a public grant.
 */
export function rejectUnknownElements(
  raw: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
): { ok: false; error: PolicyParseError } | undefined {
  const unknown = Object.keys(raw).find((key) => !allowed.includes(key));

  if (unknown === undefined) {
    return undefined;
  }

  const owner = path === "" ? "The policy document" : path;
  const keyPath = path === "" ? unknown : `${path}.${unknown}`;
  const meant = suggestElement(unknown, allowed);
  const fix =
    meant === undefined
      ? `Remove it, or use one of ${allowed.join(", ")}.`
      : `Element names are case-sensitive and singular, so write ${meant}.`;

  return {
    ok: false,
    error: { reason: `${owner} has the unknown element "${unknown}". ${fix}`, path: keyPath },
  };
}

/** Finds the element a misspelt key most likely means, ignoring case and a trailing "s". */
function suggestElement(key: string, allowed: readonly string[]): string | undefined {
  const folded = key.toLowerCase();
  return allowed.find((name) => {
    const candidate = name.toLowerCase();
    return folded === candidate || folded === `${candidate}s`;
  });
}
