import { describe, expect, test } from "vitest";

import { evaluateIdentityPolicy } from "../../../src/policy/identity-policy.js";
import { evaluateResourcePolicy } from "../../../src/policy/resource-policy.js";
import { policyOf } from "./policy-cases.js";

const OWNER = { ownerAccountId: "111122223333" };
const QUEUE = "arn:aws:sqs:eu-west-1:111122223333:example-queue";

function queuePolicy(statement: Record<string, unknown>) {
  return policyOf({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: QUEUE, ...statement }],
  });
}

describe("resource policy explanations", () => {
  const topicGrant = evaluateResourcePolicy(
    queuePolicy({
      Sid: "AllowTopic",
      Principal: "*",
      Condition: {
        ArnEquals: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:example-topic" },
      },
    }),
    OWNER,
  );
  const statement = topicGrant.statements[0];

  test("statement keeps its Sid", () => {
    expect(statement?.sid).toBe("AllowTopic");
  });

  test("principal as written", () => {
    expect(statement?.principal).toBe('Principal: "*"');
  });

  test("actions as written", () => {
    expect(statement?.actions).toBe('Action: ["sqs:SendMessage"]');
  });

  test("restricting condition is marked", () => {
    expect(statement?.conditions[0]?.restricts).toBe(true);
  });

  test("reason names the key and value", () => {
    expect(statement?.reason).toContain(
      "ArnEquals fixes aws:SourceArn to arn:aws:sns:eu-west-1:111122223333:example-topic",
    );
  });

  test("IfExists reason names the operator", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } },
      }),
      OWNER,
    );

    expect(result.statements[0]?.conditions[0]?.reason).toContain(
      "StringEqualsIfExists also matches requests that carry no aws:SourceAccount",
    );
  });

  test("condition keeps the key as written", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: { StringEquals: { "AWS:SourceOwner": "111122223333" } },
      }),
      OWNER,
    );

    expect(result.statements[0]?.conditions[0]?.key).toBe("AWS:SourceOwner");
  });

  test("Deny reason", () => {
    const result = evaluateResourcePolicy(queuePolicy({ Effect: "Deny", Principal: "*" }), OWNER);

    expect(result.statements[0]?.reason).toContain("is a Deny");
  });

  test("NotPrincipal reason names the exception", () => {
    const admin = "arn:aws:iam::111122223333:role/example-admin";
    const result = evaluateResourcePolicy(queuePolicy({ NotPrincipal: { AWS: admin } }), OWNER);

    expect(result.statements[0]?.reason).toContain(`every principal except ${admin}`);
  });

  test("cross-account grant names the account", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({ Principal: { AWS: "444455556666" } }),
      OWNER,
    );

    expect(result.crossAccount[0]?.reason).toContain("account 444455556666");
  });

  test("empty Principal reads as no principal", () => {
    const result = evaluateResourcePolicy(queuePolicy({ Principal: { AWS: [] } }), OWNER);

    expect(result.statements[0]?.reason).toBe(
      "Statement 0 has a Principal element that lists no principal, so it grants nothing.",
    );
  });

  test("empty Action reads as no action", () => {
    const result = evaluateResourcePolicy(queuePolicy({ Principal: "*", Action: [] }), OWNER);

    expect(result.statements[0]?.reason).toBe(
      "Statement 0 has an Action element that lists no action, so it grants nothing.",
    );
  });

  test("service grant without source names the risk", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({ Principal: { Service: "sns.amazonaws.com" } }),
      OWNER,
    );

    expect(result.crossAccount[0]?.reason).toBe(
      "Statement 0 allows sqs:SendMessage to the AWS service sns.amazonaws.com with no " +
        "aws:SourceArn, aws:SourceAccount or aws:SourceOwner condition, so any account's SNS " +
        "topics can use it, not only the owner's.",
    );
  });

  test("cross-account grant from a condition", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: { StringEquals: { "aws:SourceAccount": "444455556666" } },
      }),
      OWNER,
    );

    expect(result.crossAccount[0]?.source).toBe("condition");
  });
});

describe("resource policy advisories", () => {
  test("organization-wide access", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },
      }),
      OWNER,
    );

    expect(result.statements[0]?.advisories[0]).toContain("every account in o-exampleorgid");
  });

  test("S3 source without account", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: { ArnLike: { "aws:SourceArn": "arn:aws:s3:::example-bucket" } },
      }),
      OWNER,
    );

    expect(result.statements[0]?.advisories[0]).toContain(
      "AWS recommends adding aws:SourceAccount",
    );
  });

  test("S3 source with account", () => {
    const result = evaluateResourcePolicy(
      queuePolicy({
        Principal: "*",
        Condition: {
          ArnLike: { "aws:SourceArn": "arn:aws:s3:::example-bucket" },
          StringEquals: { "aws:SourceAccount": "111122223333" },
        },
      }),
      OWNER,
    );

    expect(result.statements[0]?.advisories).toEqual([]);
  });

  test("public statement has none", () => {
    const result = evaluateResourcePolicy(queuePolicy({ Principal: "*" }), OWNER);

    expect(result.statements[0]?.advisories).toEqual([]);
  });
});

describe("identity policy explanations", () => {
  test("service wildcard lists policy-changing actions", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: "sqs:*", Resource: "*" }] }),
    );

    expect(result.findings[0]?.matchedActions).toContain("sqs:SetQueueAttributes");
  });

  test("service wildcard reason names the service", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: "sqs:*", Resource: "*" }] }),
    );

    expect(result.findings[0]?.reason).toContain("every Amazon SQS action");
  });

  test("accepted log writes are listed", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: "logs:PutLogEvents", Resource: "*" }] }),
    );

    expect(result.statements[0]?.accepted.map(({ action }) => action)).toEqual([
      "logs:PutLogEvents",
    ]);
  });

  test("conditions are said to be ignored", () => {
    const result = evaluateIdentityPolicy(
      policyOf({
        Statement: [
          {
            Effect: "Allow",
            Action: "s3:PutObject",
            Resource: "*",
            Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
          },
        ],
      }),
    );

    expect(result.findings[0]?.reason).toContain(
      "conditions on aws:RequestedRegion are not taken into account",
    );
  });

  test("evidence is capped", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: "ec2:*", Resource: "*" }] }),
    );

    expect(result.findings[0]?.matchedActions).toHaveLength(25);
  });

  test("evidence keeps the full count", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: "ec2:*", Resource: "*" }] }),
    );

    expect(result.findings[0]?.matchedActionCount).toBeGreaterThan(100);
  });

  test("empty Action reads as no action", () => {
    const result = evaluateIdentityPolicy(
      policyOf({ Statement: [{ Effect: "Allow", Action: [], Resource: [] }] }),
    );

    expect(result.statements[0]?.reason).toBe(
      "Statement 0 allows no action on no resource, which is not a broad grant.",
    );
  });

  test("managed policy reason says what to do", () => {
    const result = evaluateIdentityPolicy(policyOf({ Statement: [] }), {
      attachedManaged: ["arn:aws:iam::aws:policy/AdministratorAccess"],
    });

    expect(result.findings[0]?.reason).toContain("Replace the managed policy");
  });
});
