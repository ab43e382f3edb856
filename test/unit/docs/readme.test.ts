import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditPolicy } from "../../../src/aws/audit-policy.js";

function policyInReadme(): unknown {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## IAM policy for the audit role"));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (block?.[1] === undefined)
    throw new Error("README.md has no JSON block in its IAM policy section");
  return JSON.parse(block[1]);
}

describe("README", () => {
  it("shows the generated audit policy", () => {
    expect(policyInReadme(), "run node dist/bin.js policy and paste it into README.md").toEqual(
      auditPolicy(),
    );
  });
});
