import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { auditPolicy } from "../../../src/aws/audit-policy.js";

interface Template {
  Resources: {
    AuditRole: {
      Properties: {
        Policies: { PolicyDocument: { Statement: { Action: string[]; Resource: string }[] } }[];
      };
    };
  };
}

function templateStatement() {
  const template = parse(readFileSync("docs/audit-role.cfn.yaml", "utf8")) as Template;
  return template.Resources.AuditRole.Properties.Policies[0]?.PolicyDocument.Statement[0];
}

describe("audit role template", () => {
  it("grants the generated actions", () => {
    const generated = (auditPolicy() as { Statement: { Action: string[] }[] }).Statement[0];

    expect(
      templateStatement()?.Action,
      "copy the actions of node dist/bin.js policy into docs/audit-role.cfn.yaml",
    ).toEqual(generated?.Action);
  });

  it("grants them on every resource", () => {
    expect(templateStatement()?.Resource).toBe("*");
  });
});
