import { distinctPages } from "./pages.js";
import { DescribeKeyCommand, paginateListAliases, paginateListKeys } from "@aws-sdk/client-kms";
import type { AuditClient } from "../aws/clients.js";
import { actionsFor } from "../aws/read-operations.js";
import type { Collected } from "./collected.js";
import { attempt, mapConcurrently, type Collector } from "./collector.js";
import type { KmsKey } from "./inventory.js";

/** ListKeys accepts 1 to 1,000 keys per page and returns 100 when no Limit is sent. */
const LIST_KEYS_PAGE_SIZE = 1000;

/** ListAliases accepts 1 to 100 aliases per page and returns 50 when no Limit is sent. */
const LIST_ALIASES_PAGE_SIZE = 100;

/**
 * Reads every KMS key of a region with its manager and state, and the aliases that point at keys.
 * A key whose DescribeKey call fails is kept as a failed entry that names the key ARN.
 */
export const kmsCollector: Collector<"kms"> = {
  part: "kms",
  service: "kms",
  scope: "regional",
  label: "KMS",
  actions: actionsFor("kms", ["ListKeys", "DescribeKey", "ListAliases"]),

  async collect(context, region) {
    const client = context.clients.get("kms", region);

    const listed = await listKeys(client);
    const [keys, aliases] = await Promise.all([
      mapConcurrently(listed, (key) => describeKey(client, region, key)),
      listAliases(client),
    ]);
    return { keys, aliases };
  },

  countResources: (inventory) => inventory.keys.length,
};

interface ListedKey {
  keyId: string;
  arn: string;
}

async function listKeys(client: AuditClient<"kms">): Promise<ListedKey[]> {
  const listed: ListedKey[] = [];
  for await (const page of distinctPages(
    paginateListKeys({ client, pageSize: LIST_KEYS_PAGE_SIZE }, {}),
    "kms",
    "ListKeys",
  )) {
    for (const key of page.Keys ?? []) {
      if (key.KeyId !== undefined) listed.push({ keyId: key.KeyId, arn: key.KeyArn ?? key.KeyId });
    }
  }
  return listed;
}

/**
 * Maps alias names to target key ids. AWS managed aliases (`alias/aws/...`) are listed before
 * their key exists. Those have no TargetKeyId and are left out.
 */
async function listAliases(client: AuditClient<"kms">): Promise<Record<string, string>> {
  const aliases: Record<string, string> = {};
  for await (const page of distinctPages(
    paginateListAliases({ client, pageSize: LIST_ALIASES_PAGE_SIZE }, {}),
    "kms",
    "ListAliases",
  )) {
    for (const alias of page.Aliases ?? []) {
      if (alias.AliasName === undefined || alias.TargetKeyId === undefined) continue;
      aliases[alias.AliasName] = alias.TargetKeyId;
    }
  }
  return aliases;
}

function describeKey(
  client: AuditClient<"kms">,
  region: string,
  listed: ListedKey,
): Promise<Collected<KmsKey>> {
  return attempt(
    { service: "kms", operation: "DescribeKey", region, resource: listed.arn },
    async () => {
      const response = await client.send(new DescribeKeyCommand({ KeyId: listed.arn }));
      const metadata = response.KeyMetadata;
      const key: KmsKey = {
        keyId: metadata?.KeyId ?? listed.keyId,
        arn: metadata?.Arn ?? listed.arn,
        keyManager: metadata?.KeyManager ?? "",
      };
      if (metadata?.KeyState !== undefined) key.keyState = metadata.KeyState;
      return key;
    },
  );
}
