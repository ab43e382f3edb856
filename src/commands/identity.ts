import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { ClientFactory } from "../aws/clients.js";
import { UserError } from "../user-error.js";

export interface CallerIdentity {
  accountId: string;
  arn: string;
}

const CREDENTIAL_ERRORS = new Set([
  "CredentialsProviderError",
  "InvalidClientTokenId",
  "ExpiredToken",
  "ExpiredTokenException",
  "SignatureDoesNotMatch",
  "AccessDenied",
  "UnrecognizedClientException",
]);

/** Reads who the audit runs as; turns credential problems into errors that name the fix. */
export async function callerIdentity(
  clients: ClientFactory,
  region: string,
  profile?: string,
): Promise<CallerIdentity> {
  try {
    const identity = await clients.get("sts", region).send(new GetCallerIdentityCommand({}));
    if (identity.Account === undefined || identity.Arn === undefined) {
      throw new Error("GetCallerIdentity returned no Account or Arn");
    }
    return { accountId: identity.Account, arn: identity.Arn };
  } catch (error) {
    const name = (error as { name?: string }).name ?? "";
    const message = error instanceof Error ? error.message : String(error);
    if (name === "CredentialsProviderError" && profile !== undefined) {
      throw new UserError(
        `Could not load credentials of profile "${profile}" (${message}).`,
        `Check that [profile ${profile}] exists in ~/.aws/config or [${profile}] in ~/.aws/credentials ` +
          "(or the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name), and that its SSO session is logged in.",
      );
    }
    if (CREDENTIAL_ERRORS.has(name)) {
      throw new UserError(
        `Could not authenticate to AWS (${name}: ${message}).`,
        "Set valid credentials: --profile NAME, --role-arn ARN (with --external-id if the role needs one), " +
          "or the AWS_* environment variables.",
      );
    }
    throw new UserError(
      `Could not reach AWS STS in ${region} to read the caller identity (${name || "Error"}: ${message}).`,
      "Check the network, the region and --endpoint-url, then run the audit again.",
    );
  }
}
