/** An attached AWS managed policy that grants full access to a service or to the account. */
export interface ManagedFullAccess {
  /** The name or ARN as given. */
  policy: string;
  name: string;
  reason: string;
}

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(.+)$/;

/** Customer managed policies live under an account id instead of `aws` and are judged by content. */
const CUSTOMER_MANAGED_ARN = /^arn:aws[a-z-]*:iam::\d{12}:policy\//;

/**
 * Finds AWS managed policies whose names mark them as full or administrator access:
 * AdministratorAccess (and variants such as AdministratorAccess-Amplify), PowerUserAccess,
 * IAMFullAccess, every `...FullAccess` policy such as AmazonSQSFullAccess or AWSLambda_FullAccess,
 * and the job-function administrator policies. A bare name is taken to be an AWS managed policy.
 */
export function findManagedFullAccess(policies: readonly string[]): ManagedFullAccess[] {
  return policies.flatMap((policy) => {
    if (CUSTOMER_MANAGED_ARN.test(policy)) {
      return [];
    }

    const path = AWS_MANAGED_ARN.exec(policy)?.[1] ?? policy;
    const name = path.split("/").at(-1) ?? path;
    const reason = describeFullAccess(path, name);

    return reason === undefined ? [] : [{ policy, name, reason }];
  });
}

function describeFullAccess(path: string, name: string): string | undefined {
  if (name === "AdministratorAccess" || name.startsWith("AdministratorAccess-")) {
    return `The AWS managed policy ${name} is attached, which allows every action on every resource.`;
  }

  if (name === "PowerUserAccess") {
    return `The AWS managed policy ${name} is attached, which allows every action except most of IAM, Organizations and Account Management on every resource.`;
  }

  if (/FullAccess$/.test(name)) {
    return `The AWS managed policy ${name} is attached, which grants full access to the services it covers on every resource.`;
  }

  if (path.startsWith("job-function/") && name.endsWith("Administrator")) {
    return `The AWS managed job-function policy ${name} is attached, which allows broad administrative actions on every resource.`;
  }

  return undefined;
}
