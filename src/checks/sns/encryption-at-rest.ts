import type { SnsTopic } from "../../collect/inventory.js";
import type { Check, Finding, ResourceRef } from "../check.js";
import { errorFinding, finding, notApplicable, regionScope } from "../finding.js";
import { evaluateRegions } from "../inputs.js";

const TOPIC_TYPE = "AWS::SNS::Topic";

/** Alias of the AWS managed key for SNS, whose key policy cannot be edited. */
const AWS_MANAGED_KEY_ALIAS = "alias/aws/sns";

/** Every topic has server-side encryption with a KMS key (`KmsMasterKeyId` is set). */
export const encryptionAtRest: Check = {
  id: "sns.encryption-at-rest",
  title: "SNS topics are encrypted at rest",
  severity: "medium",
  references: { cwe: ["CWE-311"], asvs: ["V6.1.1"], securityHub: ["SNS.1"] },
  inputs: ["sns"],
  remediation:
    "Turn on server-side encryption for the topic with a KMS key " +
    "(aws sns set-topic-attributes --attribute-name KmsMasterKeyId --attribute-value KEY).",

  evaluate(inventory) {
    const scopeOf = (region: string) => regionScope("sns", region, inventory.accountId, TOPIC_TYPE);
    return evaluateRegions(
      encryptionAtRest,
      inventory,
      "sns",
      inventory.parts.sns,
      scopeOf,
      (region, topics) =>
        topics.length === 0
          ? [notApplicable(encryptionAtRest, scopeOf(region), "SNS topics")]
          : topics.map((topic) => evaluateTopic(topic, region)),
    );
  },
};

function evaluateTopic(topic: SnsTopic, region: string): Finding {
  const resource: ResourceRef = { arn: topic.arn, type: TOPIC_TYPE, region, name: topic.name };
  if (!topic.attributes.ok) return errorFinding(encryptionAtRest, resource, topic.attributes.error);

  const kmsKey = topic.attributes.value.KmsMasterKeyId;
  if (kmsKey === undefined || kmsKey === "") {
    const reason =
      `Topic ${topic.name} is not encrypted at rest: it has no KmsMasterKeyId. Set KmsMasterKeyId ` +
      `to a KMS key.`;
    return finding(encryptionAtRest, resource, "fail", reason, { KmsMasterKeyId: null });
  }

  const awsManaged = kmsKey.endsWith(AWS_MANAGED_KEY_ALIAS);
  const evidence = { KmsMasterKeyId: kmsKey, AwsManagedKey: awsManaged };
  const keyDescription = awsManaged
    ? `the AWS managed key ${AWS_MANAGED_KEY_ALIAS}, whose key policy cannot be edited`
    : `key ${kmsKey}`;
  const reason = `Topic ${topic.name} is encrypted at rest with ${keyDescription}.`;
  return finding(encryptionAtRest, resource, "pass", reason, evidence);
}
