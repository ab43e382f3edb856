import { invalid, parsed, type ParseResult } from "./parse-result.js";

/** The key of a `Principal` object, or `*` for the bare string form `"Principal": "*"`. */
export type PrincipalType = "*" | "AWS" | "Service" | "CanonicalUser" | "Federated";

export type PrincipalKind =
  /** Everyone: `"*"`, `{"AWS": "*"}`, or a value with a wildcard in it. */
  | "wildcard"
  /** A whole account: a bare 12-digit id or `arn:aws:iam::ACCOUNT:root`. */
  | "account"
  /** A user, role, assumed-role session or federated user of one account. */
  | "iam-entity"
  /** An AWS service principal such as `sns.amazonaws.com`. */
  | "service"
  /** An S3 canonical user id, which names an account without giving its 12-digit id. */
  | "canonical-user"
  /** A SAML or OIDC provider ARN, or a web identity provider such as `accounts.google.com`. */
  | "identity-provider"
  /** A CloudFront origin access identity, which only CloudFront can use. */
  | "cloudfront-oai"
  /** The unique id (`AROA...`, `AIDA...`) AWS writes in place of a principal that was deleted. */
  | "unique-id"
  | "unrecognised";

/** One principal of a `Principal` or `NotPrincipal` element, with its account id extracted. */
export interface Principal {
  type: PrincipalType;
  /** The value as written. */
  value: string;
  kind: PrincipalKind;
  /** The 12-digit account id, when the value names one. */
  accountId?: string;
}

const PRINCIPAL_TYPES = ["AWS", "Service", "CanonicalUser", "Federated"] as const;

const ACCOUNT_ID = /^\d{12}$/;

/** Matches IAM and STS ARNs in every partition and captures the account id and resource. */
const IAM_ARN = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):(.+)$/;

const CLOUDFRONT_OAI_ARN =
  /^arn:aws[a-z-]*:iam::cloudfront:user\/CloudFront Origin Access Identity /;

/** Unique ids are 16 to 128 upper-case letters and digits and start with a four-letter prefix. */
const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,124}$/;

/**
 * Parses the value of a `Principal` or `NotPrincipal` element: `"*"`, or an object whose keys
 * are AWS, Service, CanonicalUser or Federated, each with a string or an array of strings.
 */
export function parsePrincipals(raw: unknown, path: string): ParseResult<Principal[]> {
  if (typeof raw === "string") {
    return parsed([classifyPrincipal(raw === "*" ? "*" : "AWS", raw)]);
  }

  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return invalid(`${path} must be "*" or an object keyed by principal type.`, path);
  }

  const principals: Principal[] = [];

  for (const [type, values] of Object.entries(raw)) {
    if (!isPrincipalType(type)) {
      return invalid(
        `${path} has the unknown principal type "${type}"; expected one of ${PRINCIPAL_TYPES.join(", ")}.`,
        `${path}.${type}`,
      );
    }

    const list: unknown[] = Array.isArray(values) ? values : [values];

    for (const value of list) {
      if (typeof value !== "string") {
        return invalid(`${path}.${type} must contain only strings.`, `${path}.${type}`);
      }

      principals.push(classifyPrincipal(type, value));
    }
  }

  return parsed(principals);
}

/** Classifies one principal value and extracts its account id. */
export function classifyPrincipal(type: PrincipalType, value: string): Principal {
  // AWS rejects partial wildcards such as `arn:aws:iam::*:root` in principals. A stored one is
  // read as a wildcard, so any error leans towards reporting access.
  if (value.includes("*")) {
    return { type, value, kind: "wildcard" };
  }

  // "arn:aws:iam::111122223333:root " is not the ARN it resembles, and AWS documents no trimming
  // of principals. Trimming it here would credit the policy with a grant to the owner.
  if (value !== value.trim()) {
    return { type, value, kind: "unrecognised" };
  }

  switch (type) {
    case "*":
    case "AWS":
      return classifyAwsPrincipal(value);
    case "Service":
      return { type, value, kind: "service" };
    case "CanonicalUser":
      return { type, value, kind: "canonical-user" };
    case "Federated":
      return classifyFederatedPrincipal(value);
  }
}

function classifyAwsPrincipal(value: string): Principal {
  if (ACCOUNT_ID.test(value)) {
    return { type: "AWS", value, kind: "account", accountId: value };
  }

  const arn = IAM_ARN.exec(value);

  if (arn?.[1] !== undefined) {
    const kind = arn[2] === "root" ? "account" : "iam-entity";
    return { type: "AWS", value, kind, accountId: arn[1] };
  }

  if (CLOUDFRONT_OAI_ARN.test(value)) {
    return { type: "AWS", value, kind: "cloudfront-oai" };
  }

  if (UNIQUE_ID.test(value)) {
    return { type: "AWS", value, kind: "unique-id" };
  }

  return { type: "AWS", value, kind: "unrecognised" };
}

function classifyFederatedPrincipal(value: string): Principal {
  const arn = IAM_ARN.exec(value);

  if (arn?.[1] !== undefined) {
    return { type: "Federated", value, kind: "identity-provider", accountId: arn[1] };
  }

  return { type: "Federated", value, kind: "identity-provider" };
}

function isPrincipalType(type: string): type is (typeof PRINCIPAL_TYPES)[number] {
  return (PRINCIPAL_TYPES as readonly string[]).includes(type);
}
