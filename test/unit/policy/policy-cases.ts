import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { parsePolicy, type ParsePolicyOptions } from "../../../src/policy/parse.js";
import type { PolicyDocument } from "../../../src/policy/document.js";

/** One row of a JSON case table under `cases/`. */
export interface PolicyCase {
  name: string;
  question: "resource-public" | "identity-broad" | "parse";
  /** The document as text (as an API returns it) or as a JSON object. */
  policy: unknown;
  options?: CaseOptions;
  expected: ResourcePublicExpectation | IdentityBroadExpectation | ParseExpectation;
  /** Why the expected decision is right, in full sentences. */
  why: string;
}

export interface CaseOptions extends ParsePolicyOptions {
  ownerAccountId?: string;
  trustedAccountIds?: string[];
  ownerCanonicalUserId?: string;
  attachedManaged?: string[];
}

export interface ResourcePublicExpectation {
  public: boolean;
  /** Account ids of the cross-account grants, or the principal value where it names no account. */
  crossAccount: string[];
}

export interface IdentityBroadExpectation {
  overBroad: boolean;
  /** The distinct finding kinds, in any order. */
  kinds: string[];
}

export interface ParseExpectation {
  ok: boolean;
  path?: string;
  position?: number;
  reasonIncludes?: string;
  statementCount?: number;
  /** Every Action value of every statement, in order. */
  actions?: string[];
  /** Every Resource value of every statement, in order. */
  resources?: string[];
  /** Kind and account id of every principal of every statement, in order. */
  principals?: { kind: string; accountId?: string }[];
  principalNegated?: boolean;
  conditions?: { operator: string; key: string; originalKey: string; values: string[] }[];
}

const CASES_DIRECTORY = path.join(path.dirname(fileURLToPath(import.meta.url)), "cases");

/** Loads every case table under `cases/`, keyed by file name. */
export function loadCaseTables(): Map<string, PolicyCase[]> {
  const files = readdirSync(CASES_DIRECTORY).filter((file) => file.endsWith(".json"));

  return new Map(
    files.map((file) => [
      file,
      JSON.parse(readFileSync(path.join(CASES_DIRECTORY, file), "utf8")) as PolicyCase[],
    ]),
  );
}

/** Parses a case's policy, failing the test with the parse error when it is not valid. */
export function parseCasePolicy(policyCase: PolicyCase): PolicyDocument {
  const result = parsePolicy(policyCase.policy, {
    urlEncoded: policyCase.options?.urlEncoded ?? false,
  });

  if (!result.ok) {
    throw new Error(
      `The policy of case "${policyCase.name}" does not parse: ${result.error.reason}`,
    );
  }

  return result.value;
}

/** Parses a tiny fixture policy, throwing the parse error so that a broken fixture is obvious. */
export function policyOf(policy: unknown, options: ParsePolicyOptions = {}): PolicyDocument {
  const result = parsePolicy(policy, options);

  if (!result.ok) {
    throw new Error(`The fixture policy does not parse: ${result.error.reason}`);
  }

  return result.value;
}
