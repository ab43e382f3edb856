import { describe, expect, test } from "vitest";

import { evaluateIdentityPolicy } from "../../../src/policy/identity-policy.js";
import { parsePolicy } from "../../../src/policy/parse.js";
import { evaluateResourcePolicy } from "../../../src/policy/resource-policy.js";
import {
  loadCaseTables,
  parseCasePolicy,
  type IdentityBroadExpectation,
  type ParseExpectation,
  type PolicyCase,
  type ResourcePublicExpectation,
} from "./policy-cases.js";

const tables = loadCaseTables();

describe("policy case tables", () => {
  test("tables are present", () => {
    expect([...tables.keys()].sort()).toEqual([
      "identity-broad.json",
      "parse.json",
      "resource-public.json",
    ]);
  });

  for (const [file, cases] of tables) {
    test(`${file} rows are complete`, () => {
      const names = cases.map(({ name }) => name);

      expect(new Set(names).size).toBe(names.length);
      expect(cases.filter(({ why }) => why.trim() === "").map(({ name }) => name)).toEqual([]);
    });
  }
});

for (const [file, cases] of tables) {
  describe(file, () => {
    for (const policyCase of cases) {
      test(policyCase.name, () => {
        runCase(policyCase);
      });
    }
  });
}

function runCase(policyCase: PolicyCase): void {
  switch (policyCase.question) {
    case "resource-public":
      return checkResourcePublic(policyCase, policyCase.expected as ResourcePublicExpectation);
    case "identity-broad":
      return checkIdentityBroad(policyCase, policyCase.expected as IdentityBroadExpectation);
    case "parse":
      return checkParse(policyCase, policyCase.expected as ParseExpectation);
  }
}

function checkResourcePublic(policyCase: PolicyCase, expected: ResourcePublicExpectation): void {
  const {
    ownerAccountId = "111122223333",
    trustedAccountIds,
    ownerCanonicalUserId,
  } = policyCase.options ?? {};
  const result = evaluateResourcePolicy(parseCasePolicy(policyCase), {
    ownerAccountId,
    ...(trustedAccountIds && { trustedAccountIds }),
    ...(ownerCanonicalUserId && { ownerCanonicalUserId }),
  });
  const crossAccount = result.crossAccount.map((grant) => grant.accountId ?? grant.principal);

  expect(result.public, result.statements.map(({ reason }) => reason).join("\n")).toBe(
    expected.public,
  );
  expect(crossAccount.sort()).toEqual([...expected.crossAccount].sort());
}

function checkIdentityBroad(policyCase: PolicyCase, expected: IdentityBroadExpectation): void {
  const attachedManaged = policyCase.options?.attachedManaged ?? [];
  const result = evaluateIdentityPolicy(parseCasePolicy(policyCase), { attachedManaged });
  const kinds = [...new Set(result.findings.map(({ kind }) => kind))];

  expect(result.overBroad, result.findings.map(({ reason }) => reason).join("\n")).toBe(
    expected.overBroad,
  );
  expect(kinds.sort()).toEqual([...expected.kinds].sort());
}

function checkParse(policyCase: PolicyCase, expected: ParseExpectation): void {
  const result = parsePolicy(policyCase.policy, {
    urlEncoded: policyCase.options?.urlEncoded ?? false,
  });

  expect(result.ok, result.ok ? "parsed" : result.error.reason).toBe(expected.ok);

  if (!result.ok) {
    if (expected.path !== undefined) {
      expect(result.error.path).toBe(expected.path);
    }
    if (expected.position !== undefined) {
      expect(result.error.position).toBe(expected.position);
    }
    if (expected.reasonIncludes !== undefined) {
      expect(result.error.reason).toContain(expected.reasonIncludes);
    }
    return;
  }

  const { statements } = result.value;

  if (expected.statementCount !== undefined) {
    expect(statements).toHaveLength(expected.statementCount);
  }
  if (expected.actions !== undefined) {
    expect(statements.flatMap(({ action }) => action.values)).toEqual(expected.actions);
  }
  if (expected.resources !== undefined) {
    expect(statements.flatMap(({ resource }) => resource?.values ?? [])).toEqual(
      expected.resources,
    );
  }
  if (expected.principals !== undefined) {
    const principals = statements.flatMap(({ principal }) =>
      (principal?.principals ?? []).map(({ kind, accountId }) => ({
        kind,
        ...(accountId && { accountId }),
      })),
    );
    expect(principals).toEqual(expected.principals);
  }
  if (expected.principalNegated !== undefined) {
    expect(statements[0]?.principal?.negated).toBe(expected.principalNegated);
  }
  if (expected.conditions !== undefined) {
    expect(statements.flatMap(({ conditions }) => conditions)).toEqual(expected.conditions);
  }
}
