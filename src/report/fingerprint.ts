import { createHash } from "node:crypto";

/**
 * Returns a stable fingerprint of a finding: the SHA-256 of its control id and resource ARN, in
 * hex. It stays the same across runs for as long as the control and the resource exist.
 */
export function findingFingerprint(controlId: string, resourceArn: string): string {
  return createHash("sha256").update(`${controlId}\n${resourceArn}`).digest("hex");
}
