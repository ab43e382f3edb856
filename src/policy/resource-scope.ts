import type { ValueElement } from "./document.js";
import { hasWildcard } from "./wildcard.js";

/**
 * True when a Resource element covers every resource: `*`, an ARN whose fields after the service
 * are all wildcards or empty (such as `arn:aws:s3:::*`), or NotResource. A missing element counts
 * too, so that it is never taken to be narrow.
 */
export function coversAllResources(resource: ValueElement | undefined): boolean {
  if (resource === undefined || resource.negated) {
    return true;
  }

  return resource.values.some((value) => value === "*" || isWildcardArn(value));
}

/** True when a Resource element covers every IAM role of an account, such as `...:role/*`. */
export function coversAllRoles(resource: ValueElement | undefined): boolean {
  if (coversAllResources(resource)) {
    return true;
  }

  return (resource?.values ?? []).some((value) => /^arn:[^:]+:iam::[^:]*:role\/\*$/.test(value));
}

function isWildcardArn(value: string): boolean {
  const fields = value.split(":");

  if (fields[0] !== "arn" || fields.length < 6 || !hasWildcard(value)) {
    return false;
  }

  return fields.slice(3).every((field) => field === "" || /^\*+$/.test(field));
}
