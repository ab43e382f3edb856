import type { PolicyHolderKind } from "../policy-attribute.js";

export const TOPIC_POLICY_KIND: PolicyHolderKind = {
  part: "sns",
  type: "AWS::SNS::Topic",
  noun: "topic",
  plural: "SNS topics",
  attributesOperation: "GetTopicAttributes",
};
