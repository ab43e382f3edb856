import type { SqsQueue } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions } from "../inputs.js";

const QUEUE_TYPE = "AWS::SQS::Queue";

/** Every queue has server-side encryption: SSE-SQS (`SqsManagedSseEnabled` is `true`) or SSE-KMS. */
export const encryptionAtRest: Check = {
  id: "sqs.encryption-at-rest",
  title: "SQS queues are encrypted at rest",
  severity: "medium",
  references: { cwe: ["CWE-311"], asvs: ["V6.1.1"], securityHub: ["SQS.1"] },
  inputs: ["sqs"],
  remediation:
    "Turn on server-side encryption for the queue, with SQS-managed keys or a KMS key " +
    "(aws sqs set-queue-attributes --attributes SqsManagedSseEnabled=true, or KmsMasterKeyId=KEY).",

  evaluate(inventory) {
    const scopeOf = (region: string) => regionScope("sqs", region, inventory.accountId, QUEUE_TYPE);
    return evaluateRegions(
      encryptionAtRest,
      inventory,
      "sqs",
      inventory.parts.sqs,
      scopeOf,
      (region, queues) =>
        queues.length === 0
          ? [notApplicable(encryptionAtRest, scopeOf(region), "SQS queues")]
          : queues.map((queue) => evaluateQueue(queue, region)),
    );
  },
};

function evaluateQueue(queue: SqsQueue, region: string): Finding {
  const resource: ResourceRef = { arn: queue.arn, type: QUEUE_TYPE, region, name: queue.name };
  if (!queue.attributes.ok) return errorFinding(encryptionAtRest, resource, queue.attributes.error);

  // Attribute values are strings, so "false" must not count as on.
  const kmsKey = queue.attributes.value.KmsMasterKeyId;
  const sqsManaged = queue.attributes.value.SqsManagedSseEnabled;
  const evidence = { KmsMasterKeyId: kmsKey ?? null, SqsManagedSseEnabled: sqsManaged ?? null };

  // moto 5.2.1 keeps SqsManagedSseEnabled "true" next to a KMS key, so the key is read first.
  if (kmsKey !== undefined && kmsKey !== "") {
    const reason = `Queue ${queue.name} is encrypted at rest with SSE-KMS using key ${kmsKey}.`;
    return finding(encryptionAtRest, resource, "pass", reason, evidence);
  }
  if (sqsManaged === "true") {
    const reason = `Queue ${queue.name} is encrypted at rest with SQS-managed keys (SqsManagedSseEnabled is "true").`;
    return finding(encryptionAtRest, resource, "pass", reason, evidence);
  }

  const reason =
    `Queue ${queue.name} is not encrypted at rest: it has no KmsMasterKeyId and SqsManagedSseEnabled ` +
    `is ${sqsManaged === undefined ? "absent" : `"${sqsManaged}"`}. Turn on SSE-SQS or SSE-KMS.`;
  return finding(encryptionAtRest, resource, "fail", reason, evidence);
}
