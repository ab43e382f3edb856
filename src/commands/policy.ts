import { auditPolicy } from "../aws/audit-policy.js";

/** Prints the least-privilege IAM policy for the audit role, generated from the collectors. */
export function policyCommand(): number {
  process.stdout.write(JSON.stringify(auditPolicy(), null, 2) + "\n");
  return 0;
}
