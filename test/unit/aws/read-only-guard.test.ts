import { CreateBucketCommand, ListBucketsCommand } from "@aws-sdk/client-s3";
import { DeleteQueueCommand } from "@aws-sdk/client-sqs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientFactory } from "../../../src/aws/clients.js";
import { ReadOnlyViolation } from "../../../src/aws/read-only-guard.js";
import { READ_OPERATIONS } from "../../../src/aws/read-operations.js";
import { fakeCredentials } from "../../../src/emulator/environment.js";

// A loopback server that counts requests, so the test sees whether a request left the client.
let server: Server;
let requests: string[] = [];
let endpointUrl = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method ?? ""} ${request.url ?? ""}`);
    response.writeHead(200, { "content-type": "application/xml" });
    response.end("<ListAllMyBucketsResult><Buckets></Buckets></ListAllMyBucketsResult>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Middleware that pretends the command is `name`, as buggy or hostile code could. */
function rewriteCommandName(name: string): never {
  const middleware =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
    (args: unknown) => {
      context.commandName = name;
      return next(args);
    };
  return middleware as never;
}

function factory(): ClientFactory {
  return new ClientFactory({
    credentials: fakeCredentials,
    endpointUrl,
    maxAttempts: 1,
    concurrency: 4,
  });
}

describe("read-only guard", () => {
  it("rejects CreateBucket before sending", async () => {
    requests = [];
    const s3 = factory().get("s3", "us-east-1");

    await expect(s3.send(new CreateBucketCommand({ Bucket: "guard-test" }))).rejects.toBeInstanceOf(
      ReadOnlyViolation,
    );
    expect(requests).toEqual([]);
  });

  it("rejects DeleteQueue before sending", async () => {
    requests = [];
    const sqs = factory().get("sqs", "us-east-1");

    const result = sqs.send(
      new DeleteQueueCommand({ QueueUrl: `${endpointUrl}/123456789012/jobs` }),
    );

    await expect(result).rejects.toThrow(/Refused to send sqs:DeleteQueue/);
    expect(requests).toEqual([]);
  });

  it("lets an allowed read through", async () => {
    requests = [];
    const s3 = factory().get("s3", "us-east-1");

    await s3.send(new ListBucketsCommand({}));

    expect(requests).toHaveLength(1);
  });

  it("rejects a write whose command name was rewritten", async () => {
    requests = [];
    const sqs = factory().get("sqs", "us-east-1");
    sqs.middlewareStack.addRelativeTo(rewriteCommandName("ListQueuesCommand"), {
      relation: "before",
      toMiddleware: "threatAuditReadOnlyGuard",
      name: "rewriteCommandName",
    });

    const result = sqs.send(
      new DeleteQueueCommand({ QueueUrl: `${endpointUrl}/123456789012/jobs` }),
    );

    await expect(result).rejects.toThrow(/Refused to send sqs:DeleteQueue/);
    expect(requests).toEqual([]);
  });

  it("rejects a REST write whose command name was rewritten", async () => {
    requests = [];
    const s3 = factory().get("s3", "us-east-1");
    s3.middlewareStack.addRelativeTo(rewriteCommandName("ListBucketsCommand"), {
      relation: "before",
      toMiddleware: "threatAuditReadOnlyGuard",
      name: "rewriteCommandName",
    });

    const result = s3.send(new CreateBucketCommand({ Bucket: "guard-test" }));

    await expect(result).rejects.toThrow(/Refused to send s3:PUT request/);
    expect(requests).toEqual([]);
  });

  it("allows only read-shaped operations", () => {
    const readShaped = /^(Describe|Get|List|Head)[A-Z]/;
    const operations = Object.values(READ_OPERATIONS).flatMap((operations) =>
      Object.keys(operations),
    );

    for (const operation of operations) expect(operation).toMatch(readShaped);
  });
});
