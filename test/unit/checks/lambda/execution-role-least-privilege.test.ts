import { describe, expect, it } from "vitest";
import { executionRoleLeastPrivilege } from "../../../../src/checks/lambda/execution-role-least-privilege.js";
import type { IamInventory, LambdaRegion } from "../../../../src/collect/inventory.js";
import type { Collected } from "../../../../src/collect/collected.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import {
  awsManagedPolicy,
  BASIC_EXECUTION_ARN,
  customerPolicy,
  encodedPolicy,
  iamPart,
  lambdaFunction,
  lambdaRegion,
  queueMapping,
  role,
  roleArn,
} from "./fixtures.js";

const FUNCTION = lambdaFunction("example-fn");

const READ_TABLE = {
  Effect: "Allow",
  Action: ["dynamodb:GetItem", "dynamodb:Query"],
  Resource: `arn:aws:dynamodb:${REGION}:111122223333:table/example-table`,
};

function evaluate(
  iam: Collected<IamInventory> | undefined,
  region: LambdaRegion = lambdaRegion([FUNCTION]),
) {
  const parts = { lambda: { [REGION]: ok(region) }, ...(iam !== undefined && { iam }) };
  return executionRoleLeastPrivilege.evaluate(inventoryWith(parts));
}

describe("lambda.execution-role-least-privilege", () => {
  it("fails a URL-encoded sqs:* on every resource", () => {
    const inline = {
      "inline-queue": encodedPolicy({ Effect: "Allow", Action: ["sqs:*"], Resource: "*" }),
    };
    const [finding] = evaluate(iamPart([role("example-fn-role", [], inline)]));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(
      'In the inline policy "inline-queue": Statement 0 allows sqs:* on *',
    );
    expect(finding?.reason).toContain("allows every Amazon SQS action");
  });

  it("passes the basic execution role and a read grant on one table", () => {
    const target = role("example-fn-role", [BASIC_EXECUTION_ARN], {
      "table-read": encodedPolicy(READ_TABLE),
    });
    const [finding] = evaluate(iamPart([target]));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(
      "The AWS managed policy AWSLambdaBasicExecutionRole is accepted by name",
    );
    expect(finding?.reason).toContain("which is not a broad grant");
  });

  it.each([
    "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaENIManagementAccess",
    "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
  ])("passes the standard managed policy %s", (arn) => {
    const [finding] = evaluate(iamPart([role("example-fn-role", [arn])]));

    expect(finding?.status).toBe("pass");
  });

  it("fails an attached AWS managed full-access policy", () => {
    const target = role("example-fn-role", ["arn:aws:iam::aws:policy/AmazonSQSFullAccess"]);
    const [finding] = evaluate(iamPart([target]));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("The AWS managed policy AmazonSQSFullAccess is attached");
  });

  it("passes a standard managed policy by name despite its document", () => {
    const policy = awsManagedPolicy("service-role/AWSLambdaSQSQueueExecutionRole", {
      Effect: "Allow",
      Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
      Resource: "*",
    });
    const [finding] = evaluate(
      iamPart([role("example-fn-role", [policy.arn])], { [policy.arn]: ok(policy) }),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("reading messages from an SQS queue event source");
  });

  it("fails SecretsManagerReadWrite by its document", () => {
    const policy = awsManagedPolicy("SecretsManagerReadWrite", {
      Effect: "Allow",
      Action: "secretsmanager:*",
      Resource: "*",
    });
    const [finding] = evaluate(
      iamPart([role("example-fn-role", [policy.arn])], { [policy.arn]: ok(policy) }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("In the AWS managed policy SecretsManagerReadWrite");
    expect(finding?.reason).toContain("secretsmanager:* allows every AWS Secrets Manager action");
  });

  it("fails AWSLambdaExecute for writes to every bucket", () => {
    const policy = awsManagedPolicy("AWSLambdaExecute", {
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:PutObject"],
      Resource: "arn:aws:s3:::*",
    });
    const [finding] = evaluate(
      iamPart([role("example-fn-role", [policy.arn])], { [policy.arn]: ok(policy) }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("The write actions s3:PutObject apply to every resource");
  });

  it("fails AWSLambdaRole for invoking every function", () => {
    const policy = awsManagedPolicy("service-role/AWSLambdaRole", {
      Effect: "Allow",
      Action: "lambda:InvokeFunction",
      Resource: "*",
    });
    const [finding] = evaluate(
      iamPart([role("example-fn-role", [policy.arn])], { [policy.arn]: ok(policy) }),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain("lambda:InvokeFunction");
  });

  it("passes a narrow AWS managed policy by its document", () => {
    const policy = awsManagedPolicy("service-role/ExampleRead", {
      Effect: "Allow",
      Action: "dynamodb:GetItem",
      Resource: "*",
    });
    const [finding] = evaluate(
      iamPart([role("example-fn-role", [policy.arn])], { [policy.arn]: ok(policy) }),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence.Policies).toEqual([
      expect.objectContaining({ Arn: policy.arn, JudgedBy: "document", OverBroad: false }),
    ]);
  });

  it("errors when an AWS managed document could not be read", () => {
    const arn = "arn:aws:iam::aws:policy/SecretsManagerReadWrite";
    const target = role("example-fn-role", [arn]);
    const [finding] = evaluate(
      iamPart([target], { [arn]: denied("iam:GetPolicyVersion", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain(
      "The AWS managed policy SecretsManagerReadWrite could not be read",
    );
    expect(finding?.error?.action).toBe("iam:GetPolicyVersion");
  });

  it("errors when an AWS managed document is missing", () => {
    const arn = "arn:aws:iam::aws:policy/SecretsManagerReadWrite";
    const [finding] = evaluate(iamPart([role("example-fn-role", [arn])]));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain(
      "The inventory contains no document for the AWS managed policy",
    );
    expect(finding?.reason).toContain("may call iam:GetPolicy and iam:GetPolicyVersion");
  });

  it("fails a full-access name without its document", () => {
    const arn = "arn:aws:iam::aws:policy/AmazonSQSFullAccess";
    const target = role("example-fn-role", [arn]);
    const [finding] = evaluate(
      iamPart([target], { [arn]: denied("iam:GetPolicyVersion", "us-east-1") }),
    );

    expect(finding?.status).toBe("fail");
  });

  it("passes a standard managed policy without its document", () => {
    const [finding] = evaluate(iamPart([role("example-fn-role", [BASIC_EXECUTION_ARN])]));

    expect(finding?.status).toBe("pass");
  });

  it("fails a customer managed policy by its document", () => {
    const policy = customerPolicy("example-admin", { Effect: "Allow", Action: "*", Resource: "*" });
    const target = role("example-fn-role", [policy.arn]);
    const [finding] = evaluate(iamPart([target], { [policy.arn]: ok(policy) }));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain(`customer managed policy ${policy.arn}`);
    expect(finding?.reason).toContain("allows every action of every service");
  });

  it("names the queue a worker function reads", () => {
    const inline = { jobs: encodedPolicy({ Effect: "Allow", Action: "sqs:*", Resource: "*" }) };
    const region = lambdaRegion([FUNCTION], ok([queueMapping(FUNCTION, "example-jobs")]));
    const [finding] = evaluate(iamPart([role("example-fn-role", [], inline)]), region);

    expect(finding?.reason).toContain("Function example-fn (worker for queue example-jobs)");
    expect(finding?.evidence.SqsEventSources).toEqual([
      { Queue: `arn:aws:sqs:${REGION}:111122223333:example-jobs`, State: "Enabled" },
    ]);
  });

  it("records unread event source mappings in evidence", () => {
    const region = lambdaRegion([FUNCTION], denied("lambda:ListEventSourceMappings"));
    const [finding] = evaluate(iamPart([role("example-fn-role", [BASIC_EXECUTION_ARN])]), region);

    expect(finding?.status).toBe("pass");
    expect(finding?.evidence.SqsEventSources).toEqual({ Unread: "lambda:ListEventSourceMappings" });
  });

  it("errors when an inline policy could not be read", () => {
    const inline = { jobs: denied("iam:GetRolePolicy", "us-east-1") };
    const [finding] = evaluate(iamPart([role("example-fn-role", [BASIC_EXECUTION_ARN], inline)]));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain('The inline policy "jobs" could not be read');
    expect(finding?.error?.action).toBe("iam:GetRolePolicy");
  });

  it("fails a broad grant even when another policy could not be read", () => {
    const inline = {
      jobs: encodedPolicy({ Effect: "Allow", Action: "sqs:*", Resource: "*" }),
      other: denied("iam:GetRolePolicy", "us-east-1"),
    };
    const [finding] = evaluate(iamPart([role("example-fn-role", [], inline)]));

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain('The inline policy "other" could not be read');
  });

  it("errors when a customer managed policy could not be read", () => {
    const arn = "arn:aws:iam::111122223333:policy/example-jobs";
    const target = role("example-fn-role", [arn]);
    const [finding] = evaluate(
      iamPart([target], { [arn]: denied("iam:GetPolicyVersion", "us-east-1") }),
    );

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("iam:GetPolicyVersion");
  });

  it("errors when the role could not be read", () => {
    const failed = { [roleArn("example-fn-role")]: denied("iam:ListRolePolicies", "us-east-1") };
    const [finding] = evaluate(iamPart([], {}, failed));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain(
      `reading its execution role ${roleArn("example-fn-role")} failed`,
    );
    expect(finding?.error?.action).toBe("iam:ListRolePolicies");
  });

  it("errors when the role is missing from the inventory", () => {
    const [finding] = evaluate(iamPart([]));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("the inventory contains no data for its execution role");
  });

  it("errors when a policy document cannot be parsed", () => {
    const inline = { broken: ok("%7B%22Statement%22") };
    const [finding] = evaluate(iamPart([role("example-fn-role", [], inline)]));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain('The inline policy "broken" could not be parsed');
  });

  it("errors when the iam part failed", () => {
    const [finding] = evaluate(denied("iam:ListRolePolicies", "us-east-1"));

    expect(finding?.status).toBe("error");
    expect(finding?.resource.name).toBe("example-fn");
  });

  it("errors when the iam part was not collected", () => {
    const [finding] = evaluate(undefined);

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("no iam data");
  });

  it("is not applicable without functions", () => {
    const [finding] = evaluate(iamPart([]), lambdaRegion([]));

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No Lambda functions found in ${REGION}`);
  });

  it("errors when the functions could not be listed", () => {
    const inventory = inventoryWith({ lambda: { [REGION]: denied("lambda:ListFunctions") } });
    const [finding] = executionRoleLeastPrivilege.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("lambda:ListFunctions");
  });
});
