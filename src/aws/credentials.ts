import { fromNodeProviderChain, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentityProvider } from "@smithy/types";

export interface CredentialOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName: string;
  /** Region for the STS call that assumes the role. */
  region: string;
  endpointUrl?: string;
}

/**
 * Resolves credentials from the default chain or a named profile and, with a role ARN, assumes
 * that role on top of them. The role's temporary credentials are refreshed before they expire.
 */
export function resolveCredentials(options: CredentialOptions): AwsCredentialIdentityProvider {
  const base = fromNodeProviderChain(
    options.profile === undefined ? {} : { profile: options.profile },
  );
  if (options.roleArn === undefined) return base;

  return fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName,
      ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
      DurationSeconds: 3600,
    },
    clientConfig: {
      region: options.region,
      ...(options.endpointUrl === undefined ? {} : { endpoint: options.endpointUrl }),
    },
  });
}
