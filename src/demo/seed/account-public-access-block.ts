import { PutPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import type { SeedContext } from "./context.js";

/**
 * Turns on all four account-level Block Public Access settings of S3. They apply to every bucket
 * of the account in every region, in addition to each bucket's own settings.
 */
export async function blockAccountPublicAccess(context: SeedContext): Promise<void> {
  await context.clients.s3control.send(
    new PutPublicAccessBlockCommand({
      AccountId: context.accountId,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
}
