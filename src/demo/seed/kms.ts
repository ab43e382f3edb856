import {
  CreateAliasCommand,
  CreateKeyCommand,
  EnableKeyRotationCommand,
} from "@aws-sdk/client-kms";
import { required, type SeedContext } from "./context.js";

export interface SeededDataKey {
  keyId: string;
  keyArn: string;
  alias: string;
}

/**
 * Creates the customer managed key that encrypts the secure variant's data stores (database,
 * assets bucket, queue, topic, trail), with yearly rotation on.
 */
export async function seedDataKey(context: SeedContext): Promise<SeededDataKey> {
  const { kms } = context.clients;

  const created = await kms.send(
    new CreateKeyCommand({
      Description: "webshop data at rest",
      KeyUsage: "ENCRYPT_DECRYPT",
      KeySpec: "SYMMETRIC_DEFAULT",
    }),
  );
  const keyId = required(created.KeyMetadata?.KeyId, "KMS key ID");
  const keyArn = required(created.KeyMetadata?.Arn, "KMS key ARN");

  await Promise.all([
    kms.send(new EnableKeyRotationCommand({ KeyId: keyId })),
    kms.send(new CreateAliasCommand({ AliasName: context.names.dataKeyAlias, TargetKeyId: keyId })),
  ]);

  return { keyId, keyArn, alias: context.names.dataKeyAlias };
}
