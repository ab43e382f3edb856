import { describe, expect, it } from "vitest";
import { policyNotPublic } from "../../../../src/checks/sns/policy-not-public.js";
import type { SnsTopic } from "../../../../src/collect/inventory.js";
import { denied, inventoryWith, ok, REGION } from "../inventory-fixture.js";
import { DEFAULT_TOPIC_STATEMENT, TOPIC_ARN, topic, withPolicy } from "./fixtures.js";

function evaluate(...topics: SnsTopic[]) {
  return policyNotPublic.evaluate(inventoryWith({ sns: { [REGION]: ok(topics) } }));
}

const PUBLISH_TO_ANYONE = {
  Sid: "OpenPublish",
  Effect: "Allow",
  Principal: { AWS: "*" },
  Action: "sns:Publish",
  Resource: TOPIC_ARN,
};

describe("sns.policy-not-public", () => {
  it("fails publishing open to any principal", () => {
    const [finding] = evaluate(
      topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT, PUBLISH_TO_ANYONE)),
    );

    expect(finding?.status).toBe("fail");
    expect(finding?.reason).toContain('Statement 1 ("OpenPublish") allows sns:Publish');
  });

  it("passes the default topic policy", () => {
    const [finding] = evaluate(topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT)));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("fixes aws:SourceOwner to 111122223333");
  });

  it("passes publishing limited to the organization", () => {
    const orgPublish = {
      ...PUBLISH_TO_ANYONE,
      Sid: "OrgPublish",
      Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },
    };
    const [finding] = evaluate(
      topic("example-topic", withPolicy(DEFAULT_TOPIC_STATEMENT, orgPublish)),
    );

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain(
      "Note: aws:PrincipalOrgID admits principals of every account",
    );
  });

  it("passes a topic without a policy", () => {
    const [finding] = evaluate(topic("example-topic", ok({})));

    expect(finding?.status).toBe("pass");
    expect(finding?.reason).toContain("GetTopicAttributes returned no Policy attribute");
  });

  it("errors when the attributes were denied", () => {
    const [finding] = evaluate(topic("example-topic", denied("sns:GetTopicAttributes")));

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sns:GetTopicAttributes");
  });

  it("errors naming a topic whose policy cannot be parsed", () => {
    const policy = ok({
      Policy: JSON.stringify({ Statement: [{ Effect: "Permit", Action: "*" }] }),
    });
    const [finding] = evaluate(topic("example-topic", policy));

    expect(finding?.status).toBe("error");
    expect(finding?.reason).toContain("access policy of topic example-topic could not be parsed");
    expect(finding?.reason).toContain("Statement[0].Effect must be Allow or Deny");
  });

  it("is not applicable without topics", () => {
    const [finding] = evaluate();

    expect(finding?.status).toBe("not_applicable");
    expect(finding?.reason).toContain(`No SNS topics found in ${REGION}`);
  });

  it("errors when the listing failed", () => {
    const inventory = inventoryWith({ sns: { [REGION]: denied("sns:ListTopics") } });
    const [finding] = policyNotPublic.evaluate(inventory);

    expect(finding?.status).toBe("error");
    expect(finding?.error?.action).toBe("sns:ListTopics");
  });
});
