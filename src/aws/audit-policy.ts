import { requiredParts } from "../audit.js";
import { CHECKS } from "../checks/catalog.js";
import { COLLECTORS } from "../collect/catalog.js";
import { READ_OPERATIONS } from "./read-operations.js";

/** Actions the engine itself calls, outside any collector. */
export const ENGINE_ACTIONS = [
  READ_OPERATIONS.sts.GetCallerIdentity,
  READ_OPERATIONS.ec2.DescribeRegions,
];

/**
 * Lists every IAM action the built-in checks may need, sorted: the actions declared by the
 * collectors of the inventory parts those checks read, plus the engine's own.
 */
export function auditActions(): string[] {
  const actions = new Set<string>(ENGINE_ACTIONS);
  for (const part of requiredParts(CHECKS)) {
    for (const action of COLLECTORS[part].actions) actions.add(action);
  }
  return [...actions].sort();
}

/** The least-privilege identity policy for the audit role. */
export function auditPolicy(): object {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ThreatAuditReadOnly",
        Effect: "Allow",
        Action: auditActions(),
        Resource: "*",
      },
    ],
  };
}
