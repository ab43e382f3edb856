import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from "@aws-sdk/client-iam";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collected, failed } from "../../../src/collect/collected.js";
import type { CollectContext } from "../../../src/collect/collector.js";
import { iamCollector, roleNameFromArn } from "../../../src/collect/iam.js";
import type { LambdaFunction } from "../../../src/collect/inventory.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const ROLE = "arn:aws:iam::111122223333:role/service-role/example-fn-role";
const OTHER_ROLE = "arn:aws:iam::111122223333:role/other-role";
const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const CUSTOMER = "arn:aws:iam::111122223333:policy/example-queue-access";

/** URL-encoded as IAM sends it; `%2B` decodes to `+`, which form-decoding would turn into a space. */
const ENCODED_DOCUMENT =
  "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C" +
  "%22Action%22%3A%5B%22sqs%3A%2A%22%5D%2C%22Resource%22%3A%22arn%3Aaws%3Asqs%3A%3A%3Aa%2Bb%22%7D%5D%7D";

/** Raw JSON as moto returns from GetPolicyVersion; the `%20` is part of the ARN, not an escape. */
const RAW_DOCUMENT =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",' +
  '"Resource":"arn:aws:s3:::example%20bucket/*"}]}';

const iam = mockClient(IAMClient);
let context: CollectContext;

beforeEach(() => {
  iam.reset();
  context = contextFor(["eu-west-1", "us-west-2"]);
  withRoles(["eu-west-1", [ROLE]]);
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] });
  iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: [] });
  iam
    .on(GetPolicyCommand)
    .resolves({ Policy: { PolicyName: "AdministratorAccess", DefaultVersionId: "v3" } });
  iam.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { Document: RAW_DOCUMENT } });
});

afterEach(() => context.clients.destroy());

function lambdaFunction(role: string): LambdaFunction {
  return {
    arn: `arn:aws:lambda:eu-west-1:111122223333:function:${role}`,
    name: "fn",
    role,
    inVpc: false,
  };
}

function withRoles(...regions: [string, string[]][]): void {
  context.parts = {
    lambda: Object.fromEntries(
      regions.map(([region, roles]) => [
        region,
        collected({ functions: roles.map(lambdaFunction), eventSourceMappings: collected([]) }),
      ]),
    ),
  };
}

function attach(role: string, ...arns: string[]): void {
  iam
    .on(ListAttachedRolePoliciesCommand, { RoleName: roleNameFromArn(role) })
    .resolves({ AttachedPolicies: arns.map((arn) => ({ PolicyArn: arn })) });
}

async function collectRole(arn = ROLE) {
  const inventory = await iamCollector.collect(context, "us-east-1");
  const role = inventory.roles[arn];
  if (role?.ok !== true) throw new Error(`role ${arn} was not read`);
  return { inventory, role: role.value };
}

describe("iamCollector roles", () => {
  it("reads each distinct execution role once, sorted", async () => {
    withRoles(["eu-west-1", [ROLE, OTHER_ROLE, ROLE]], ["us-west-2", [ROLE]]);

    const inventory = await iamCollector.collect(context, "us-east-1");

    expect(Object.keys(inventory.roles)).toEqual([OTHER_ROLE, ROLE]);
    expect(iam.commandCalls(ListRolePoliciesCommand)).toHaveLength(2);
  });

  it("skips regions whose lambda part failed", async () => {
    context.parts = {
      lambda: {
        "eu-west-1": failed({
          kind: "access_denied",
          service: "lambda",
          operation: "ListFunctions",
          region: "eu-west-1",
          action: "lambda:ListFunctions",
          code: "AccessDeniedException",
          message: "denied",
        }),
      },
    };

    const inventory = await iamCollector.collect(context, "us-east-1");

    expect(inventory).toEqual({ roles: {}, managedPolicies: {} });
  });

  it("takes the role name from the ARN path", async () => {
    const { role } = await collectRole();

    expect(role.name).toBe("example-fn-role");
    expect(iam.commandCalls(ListRolePoliciesCommand)[0]!.args[0].input.RoleName).toBe(
      "example-fn-role",
    );
    expect(await regionOf(iam.commandCalls(ListRolePoliciesCommand)[0]!.thisValue)).toBe(
      "us-east-1",
    );
  });

  it("follows ListAttachedRolePolicies markers", async () => {
    iam.on(ListAttachedRolePoliciesCommand).resolves({
      AttachedPolicies: [{ PolicyArn: ADMIN }],
      IsTruncated: true,
      Marker: "page-2",
    });
    iam
      .on(ListAttachedRolePoliciesCommand, { Marker: "page-2" })
      .resolves({ AttachedPolicies: [{ PolicyArn: CUSTOMER }] });

    const { role } = await collectRole();

    expect(role.attachedPolicyArns).toEqual([ADMIN, CUSTOMER]);
    expect(iam.commandCalls(ListAttachedRolePoliciesCommand)).toHaveLength(2);
  });

  it("follows ListRolePolicies markers", async () => {
    iam
      .on(ListRolePoliciesCommand)
      .resolves({ PolicyNames: ["first"], IsTruncated: true, Marker: "page-2" });
    iam.on(ListRolePoliciesCommand, { Marker: "page-2" }).resolves({ PolicyNames: ["second"] });
    iam.on(GetRolePolicyCommand).resolves({ PolicyDocument: ENCODED_DOCUMENT });

    const { role } = await collectRole();

    expect(Object.keys(role.inlinePolicies)).toEqual(["first", "second"]);
    expect(iam.commandCalls(ListRolePoliciesCommand)).toHaveLength(2);
    expect(iam.commandCalls(GetRolePolicyCommand)).toHaveLength(2);
  });

  it("keeps inline documents verbatim", async () => {
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ["inline-queue"] });
    iam
      .on(GetRolePolicyCommand, { RoleName: "example-fn-role", PolicyName: "inline-queue" })
      .resolves({ PolicyDocument: ENCODED_DOCUMENT });

    const { role } = await collectRole();

    expect(role.inlinePolicies["inline-queue"]).toEqual(collected(ENCODED_DOCUMENT));
  });

  it("keeps a denied inline policy local", async () => {
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ["denied", "readable"] });
    iam.on(GetRolePolicyCommand).resolves({ PolicyDocument: ENCODED_DOCUMENT });
    iam.on(GetRolePolicyCommand, { PolicyName: "denied" }).rejects(awsError("AccessDenied", 403));

    const { role } = await collectRole();

    const denied = role.inlinePolicies.denied;
    expect(denied?.ok).toBe(false);
    if (denied?.ok !== false) return;
    expect(denied.error.action).toBe("iam:GetRolePolicy");
    expect(denied.error.resource).toBe(`${ROLE}/denied`);
    expect(role.inlinePolicies.readable).toEqual(collected(ENCODED_DOCUMENT));
  });

  it("fails only the role whose listing is denied", async () => {
    withRoles(["eu-west-1", [ROLE, OTHER_ROLE]]);
    iam
      .on(ListRolePoliciesCommand, { RoleName: "example-fn-role" })
      .rejects(awsError("AccessDenied", 403));

    const inventory = await iamCollector.collect(context, "us-east-1");

    const denied = inventory.roles[ROLE];
    expect(denied?.ok).toBe(false);
    if (denied?.ok !== false) return;
    expect(denied.error.kind).toBe("access_denied");
    expect(denied.error.action).toBe("iam:ListRolePolicies");
    expect(denied.error.resource).toBe(ROLE);
    expect(inventory.roles[OTHER_ROLE]?.ok).toBe(true);
  });

  it("fails the role when attached policies are denied", async () => {
    iam.on(ListAttachedRolePoliciesCommand).rejects(awsError("AccessDenied", 403));

    const inventory = await iamCollector.collect(context, "us-east-1");

    const role = inventory.roles[ROLE];
    expect(role?.ok).toBe(false);
    if (role?.ok !== false) return;
    expect(role.error.action).toBe("iam:ListAttachedRolePolicies");
  });
});

describe("iamCollector managed policies", () => {
  it("reads the default version", async () => {
    attach(ROLE, ADMIN);

    const { inventory } = await collectRole();

    expect(inventory.managedPolicies[ADMIN]).toEqual(
      collected({
        arn: ADMIN,
        name: "AdministratorAccess",
        awsManaged: true,
        defaultVersionId: "v3",
        document: RAW_DOCUMENT,
      }),
    );
    expect(iam.commandCalls(GetPolicyVersionCommand)[0]!.args[0].input).toEqual({
      PolicyArn: ADMIN,
      VersionId: "v3",
    });
  });

  it("marks customer policies as not AWS managed", async () => {
    attach(ROLE, CUSTOMER);

    const { inventory } = await collectRole();

    const policy = inventory.managedPolicies[CUSTOMER];
    expect(policy?.ok && policy.value.awsManaged).toBe(false);
  });

  it("keeps an encoded document verbatim", async () => {
    attach(ROLE, CUSTOMER);
    iam.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { Document: ENCODED_DOCUMENT } });

    const { inventory } = await collectRole();

    const policy = inventory.managedPolicies[CUSTOMER];
    expect(policy?.ok && policy.value.document).toBe(ENCODED_DOCUMENT);
  });

  it("reads a policy once for two roles", async () => {
    withRoles(["eu-west-1", [ROLE, OTHER_ROLE]]);
    attach(ROLE, ADMIN);
    attach(OTHER_ROLE, ADMIN);

    const inventory = await iamCollector.collect(context, "us-east-1");

    expect(Object.keys(inventory.managedPolicies)).toEqual([ADMIN]);
    expect(iam.commandCalls(GetPolicyCommand)).toHaveLength(1);
    expect(iam.commandCalls(GetPolicyVersionCommand)).toHaveLength(1);
  });

  it("records a denied GetPolicy", async () => {
    attach(ROLE, ADMIN);
    iam.on(GetPolicyCommand).rejects(awsError("AccessDenied", 403));

    const { inventory, role } = await collectRole();

    const policy = inventory.managedPolicies[ADMIN];
    expect(policy?.ok).toBe(false);
    if (policy?.ok !== false) return;
    expect(policy.error.action).toBe("iam:GetPolicy");
    expect(policy.error.resource).toBe(ADMIN);
    expect(role.attachedPolicyArns).toEqual([ADMIN]);
    expect(iam.commandCalls(GetPolicyVersionCommand)).toHaveLength(0);
  });

  it("records a denied GetPolicyVersion", async () => {
    attach(ROLE, ADMIN);
    iam.on(GetPolicyVersionCommand).rejects(awsError("AccessDenied", 403));

    const { inventory } = await collectRole();

    const policy = inventory.managedPolicies[ADMIN];
    expect(policy?.ok).toBe(false);
    if (policy?.ok !== false) return;
    expect(policy.error.action).toBe("iam:GetPolicyVersion");
  });

  it("declares every IAM action it calls", () => {
    expect(iamCollector.actions).toEqual([
      "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies",
      "iam:GetRolePolicy",
      "iam:GetPolicy",
      "iam:GetPolicyVersion",
    ]);
    expect(iamCollector.needs).toEqual(["lambda"]);
  });
});
