import { distinctPages } from "./pages.js";
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies,
} from "@aws-sdk/client-iam";
import type { AuditClient } from "../aws/clients.js";
import { actionsFor } from "../aws/read-operations.js";
import { GLOBAL_REGION } from "../aws/regions.js";
import { collected, type Collected } from "./collected.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { IamRole, InventoryParts, ManagedPolicy } from "./inventory.js";

type Client = AuditClient<"iam">;

/** Reads one managed policy at most once, however many roles attach it. */
type PolicyReader = (arn: string) => Promise<Collected<ManagedPolicy>>;

/**
 * Reads the execution role of every Lambda function with its attached and inline policies, and
 * each attached managed policy's default version once. Roles of regions whose lambda part failed
 * are unknown and absent here, so checks must report those regions through the lambda part.
 *
 * Policy documents are stored exactly as IAM returned them. GetRolePolicy returns URL-encoded
 * text, GetPolicyVersion returns URL-encoded text on AWS but raw JSON on moto 5.2.1, and the
 * policy evaluator decodes each document once.
 */
export const iamCollector: Collector<"iam"> = {
  part: "iam",
  service: "iam",
  needs: ["lambda"],
  scope: "global",
  label: "IAM",
  actions: actionsFor("iam", [
    "ListAttachedRolePolicies",
    "ListRolePolicies",
    "GetRolePolicy",
    "GetPolicy",
    "GetPolicyVersion",
  ]),

  async collect(context) {
    const client = context.clients.get("iam", GLOBAL_REGION);
    const roleArns = lambdaRoleArns(context.parts);

    const policies = new Map<string, Promise<Collected<ManagedPolicy>>>();
    const readPolicy: PolicyReader = (arn) => {
      let policy = policies.get(arn);
      if (policy === undefined) {
        policy = readManagedPolicy(client, arn);
        policies.set(arn, policy);
      }
      return policy;
    };

    const roles = await mapConcurrently(roleArns, async (arn) => {
      return [arn, await readRole(client, arn, readPolicy)] as const;
    });
    const managedPolicies = await mapConcurrently([...policies.keys()], async (arn) => {
      return [arn, await readPolicy(arn)] as const;
    });
    return {
      roles: Object.fromEntries(roles),
      managedPolicies: Object.fromEntries(managedPolicies),
    };
  },

  countResources: (value) => Object.keys(value.roles).length,
};

/** Lists the distinct execution role ARNs of the functions in every region whose lambda part succeeded. */
export function lambdaRoleArns(parts: Readonly<InventoryParts>): string[] {
  const arns = new Set<string>();
  for (const region of Object.values(parts.lambda ?? {})) {
    if (!region.ok) continue;
    for (const lambdaFunction of region.value.functions) {
      if (lambdaFunction.role !== "") arns.add(lambdaFunction.role);
    }
  }
  return [...arns].sort();
}

/** Returns the role name, which is the last segment of the ARN's resource path (`role/path/name`). */
export function roleNameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}

/**
 * Reads a role's attached policy ARNs and inline policies. A failed list call fails the role, but
 * a failed GetRolePolicy fails only that inline policy. Attached managed policies are read through
 * `readPolicy` as soon as they are listed.
 */
async function readRole(
  client: Client,
  arn: string,
  readPolicy: PolicyReader,
): Promise<Collected<IamRole>> {
  const name = roleNameFromArn(arn);
  const site = (operation: string) => ({
    service: "iam" as const,
    operation,
    region: GLOBAL_REGION,
    resource: arn,
  });

  const [attached, inlineNames] = await Promise.all([
    attempt(site("ListAttachedRolePolicies"), () => listAttachedPolicyArns(client, name)),
    attempt(site("ListRolePolicies"), () => listInlinePolicyNames(client, name)),
  ]);
  if (!attached.ok) return attached;
  if (!inlineNames.ok) return inlineNames;

  attached.value.forEach((policyArn) => void readPolicy(policyArn));

  const inline = await mapConcurrently(inlineNames.value, async (policyName) => {
    const document = await attempt(
      { ...site("GetRolePolicy"), resource: `${arn}/${policyName}` },
      async () => {
        const response = await client.send(
          new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName }),
        );
        if (response.PolicyDocument === undefined) {
          throw new Error(`GetRolePolicy returned no document for ${policyName} of ${arn}.`);
        }
        return response.PolicyDocument;
      },
    );
    return [policyName, document] as const;
  });
  return collected({
    arn,
    name,
    attachedPolicyArns: attached.value,
    inlinePolicies: Object.fromEntries(inline),
  });
}

async function listAttachedPolicyArns(client: Client, roleName: string): Promise<string[]> {
  const arns: string[] = [];
  for await (const page of distinctPages(
    paginateListAttachedRolePolicies({ client }, { RoleName: roleName }),
    "iam",
    "ListAttachedRolePolicies",
  )) {
    for (const policy of page.AttachedPolicies ?? []) {
      if (policy.PolicyArn !== undefined) arns.push(policy.PolicyArn);
    }
  }
  return arns;
}

async function listInlinePolicyNames(client: Client, roleName: string): Promise<string[]> {
  const names: string[] = [];
  for await (const page of distinctPages(
    paginateListRolePolicies({ client }, { RoleName: roleName }),
    "iam",
    "ListRolePolicies",
  )) {
    names.push(...(page.PolicyNames ?? []));
  }
  return names;
}

/** Reads a managed policy's default version id, then that version's document. */
async function readManagedPolicy(client: Client, arn: string): Promise<Collected<ManagedPolicy>> {
  const site = (operation: string) => ({
    service: "iam" as const,
    operation,
    region: GLOBAL_REGION,
    resource: arn,
  });

  const policy = await attempt(site("GetPolicy"), async () => {
    const response = await client.send(new GetPolicyCommand({ PolicyArn: arn }));
    const versionId = response.Policy?.DefaultVersionId;
    if (versionId === undefined)
      throw new Error(`GetPolicy returned no DefaultVersionId for ${arn}.`);
    return { name: response.Policy?.PolicyName ?? "", versionId };
  });
  if (!policy.ok) return policy;

  const document = await attempt(site("GetPolicyVersion"), async () => {
    const response = await client.send(
      new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.value.versionId }),
    );
    const text = response.PolicyVersion?.Document;
    if (text === undefined) throw new Error(`GetPolicyVersion returned no document for ${arn}.`);
    return text;
  });
  if (!document.ok) return document;

  return collected({
    arn,
    name: policy.value.name,
    awsManaged: arn.split(":")[4] === "aws",
    defaultVersionId: policy.value.versionId,
    document: document.value,
  });
}
