import {
  DescribeKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
} from "@aws-sdk/client-kms";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { kmsCollector } from "../../../src/collect/kms.js";
import { awsError, contextFor } from "./mock-context.js";

const REGION = "eu-west-1";
const CUSTOMER_KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/customer-key";
const AWS_KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/aws-key";

const kms = mockClient(KMSClient);
let context: CollectContext;

beforeEach(() => {
  kms.reset();
  context = contextFor([REGION]);
  kms.on(ListKeysCommand).resolves({
    Keys: [{ KeyId: "customer-key", KeyArn: CUSTOMER_KEY_ARN }],
    NextMarker: "page-2",
    Truncated: true,
  });
  kms.on(ListKeysCommand, { Marker: "page-2" }).resolves({
    Keys: [{ KeyId: "aws-key", KeyArn: AWS_KEY_ARN }],
  });
  kms.on(ListAliasesCommand).resolves({
    Aliases: [{ AliasName: "alias/example-app", TargetKeyId: "customer-key" }],
    NextMarker: "page-2",
    Truncated: true,
  });
  kms.on(ListAliasesCommand, { Marker: "page-2" }).resolves({
    Aliases: [
      { AliasName: "alias/aws/sqs", TargetKeyId: "aws-key" },
      { AliasName: "alias/aws/sns" },
    ],
  });
  kms.on(DescribeKeyCommand, { KeyId: CUSTOMER_KEY_ARN }).resolves({
    KeyMetadata: {
      KeyId: "customer-key",
      Arn: CUSTOMER_KEY_ARN,
      KeyManager: "CUSTOMER",
      KeyState: "Enabled",
    },
  });
  kms.on(DescribeKeyCommand, { KeyId: AWS_KEY_ARN }).resolves({
    KeyMetadata: { KeyId: "aws-key", Arn: AWS_KEY_ARN, KeyManager: "AWS", KeyState: "Enabled" },
  });
});

afterEach(() => context.clients.destroy());

describe("kmsCollector", () => {
  it("follows ListKeys markers", async () => {
    const inventory = await kmsCollector.collect(context, REGION);

    expect(inventory.keys).toEqual([
      {
        ok: true,
        value: {
          keyId: "customer-key",
          arn: CUSTOMER_KEY_ARN,
          keyManager: "CUSTOMER",
          keyState: "Enabled",
        },
      },
      {
        ok: true,
        value: { keyId: "aws-key", arn: AWS_KEY_ARN, keyManager: "AWS", keyState: "Enabled" },
      },
    ]);
    expect(kms.commandCalls(ListKeysCommand)[0]!.args[0].input.Limit).toBe(1000);
  });

  it("follows ListAliases markers", async () => {
    const inventory = await kmsCollector.collect(context, REGION);

    expect(inventory.aliases).toEqual({
      "alias/example-app": "customer-key",
      "alias/aws/sqs": "aws-key",
    });
    expect(kms.commandCalls(ListAliasesCommand)).toHaveLength(2);
    expect(kms.commandCalls(ListAliasesCommand)[0]!.args[0].input.Limit).toBe(100);
  });

  it("marks only the key whose DescribeKey failed", async () => {
    kms
      .on(DescribeKeyCommand, { KeyId: AWS_KEY_ARN })
      .rejects(awsError("AccessDeniedException", 400));

    const inventory = await kmsCollector.collect(context, REGION);

    expect(inventory.keys[0]!.ok).toBe(true);
    const key = inventory.keys[1]!;
    expect(key.ok).toBe(false);
    if (key.ok) return;
    expect(key.error.kind).toBe("access_denied");
    expect(key.error.action).toBe("kms:DescribeKey");
    expect(key.error.resource).toBe(AWS_KEY_ARN);
  });

  it("propagates a ListKeys failure", async () => {
    kms.on(ListKeysCommand).rejects(awsError("AccessDeniedException", 400));

    await expect(kmsCollector.collect(context, REGION)).rejects.toThrow("AccessDeniedException");
  });

  it("declares every IAM action it calls", () => {
    expect(kmsCollector.actions).toEqual(["kms:ListKeys", "kms:DescribeKey", "kms:ListAliases"]);
  });
});
