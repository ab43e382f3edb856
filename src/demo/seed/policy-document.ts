/** The subset of the IAM policy grammar the seeders write. */
export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: "*" | { AWS?: string | string[]; Service?: string | string[] };
  Action: string | string[];
  /** Absent only in a role trust policy, where the role itself is the resource. */
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** Serializes statements as a policy document with the current policy language version. */
export function policyDocument(statements: PolicyStatement[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** Denies every action on the resources to requests that do not use TLS. */
export function denyInsecureTransport(
  action: string,
  resource: string | string[],
): PolicyStatement {
  return {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: action,
    Resource: resource,
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  };
}
