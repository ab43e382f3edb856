import { CreateBucketCommand, ListBucketsCommand } from "@aws-sdk/client-s3";
import { CreateQueueCommand, DeleteQueueCommand, ListQueuesCommand } from "@aws-sdk/client-sqs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ClientFactory } from "../../src/aws/clients.js";
import { ReadOnlyViolation } from "../../src/aws/read-only-guard.js";
import { createSeedClients } from "../../src/demo/seed/clients.js";
import { fakeCredentials } from "../../src/emulator/environment.js";
import { motoControls } from "../../src/emulator/index.js";
import { REGION } from "./run-cli.js";

function auditorClients(url: string): ClientFactory {
  return new ClientFactory({
    credentials: fakeCredentials,
    endpointUrl: url,
    maxAttempts: 1,
    concurrency: 4,
  });
}

describe("auditor clients on the emulator", () => {
  let url: string;

  beforeAll(async () => {
    url = inject("motoUrl");
    await motoControls(url).reset();
  });

  it("never create a bucket", async () => {
    const auditor = auditorClients(url);
    const seed = createSeedClients(url, REGION);

    const write = auditor
      .get("s3", REGION)
      .send(new CreateBucketCommand({ Bucket: "must-not-exist" }));

    await expect(write).rejects.toBeInstanceOf(ReadOnlyViolation);
    const { Buckets } = await seed.s3.send(new ListBucketsCommand({}));
    expect((Buckets ?? []).map((bucket) => bucket.Name)).not.toContain("must-not-exist");
  });

  it("never delete a queue", async () => {
    const auditor = auditorClients(url);
    const seed = createSeedClients(url, REGION);
    const { QueueUrl } = await seed.sqs.send(new CreateQueueCommand({ QueueName: "must-survive" }));

    const write = auditor.get("sqs", REGION).send(new DeleteQueueCommand({ QueueUrl }));

    await expect(write).rejects.toBeInstanceOf(ReadOnlyViolation);
    const { QueueUrls } = await seed.sqs.send(new ListQueuesCommand({}));
    expect(QueueUrls).toContain(QueueUrl);
  });

  it("count no call for a rejected write", async () => {
    const auditor = auditorClients(url);

    await expect(
      auditor.get("s3", REGION).send(new CreateBucketCommand({ Bucket: "must-not-exist" })),
    ).rejects.toThrow(/Refused to send s3:CreateBucket/);
    expect(auditor.stats.total().calls).toBe(0);
  });
});
