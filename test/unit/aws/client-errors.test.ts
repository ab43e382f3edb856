import { ListTopicsCommand } from "@aws-sdk/client-sns";
import { ListQueuesCommand } from "@aws-sdk/client-sqs";
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientFactory } from "../../../src/aws/clients.js";
import { toCollectionError } from "../../../src/aws/errors.js";
import { fakeCredentials } from "../../../src/emulator/environment.js";

// A loopback server that accepts connections and never answers, like a black-holing proxy.
let server: Server;
const sockets: Socket[] = [];
let endpointUrl = "";

beforeAll(async () => {
  server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("client timeouts", () => {
  it("fail a call to a silent server", async () => {
    const clients = new ClientFactory({
      credentials: fakeCredentials,
      endpointUrl,
      maxAttempts: 2,
      concurrency: 1,
      requestTimeoutMs: 200,
    });

    const started = Date.now();
    const error: unknown = await clients
      .get("sqs", "eu-west-1")
      .send(new ListQueuesCommand({}))
      .catch((caught: unknown) => caught);

    expect(Date.now() - started).toBeLessThan(5_000);
    const collectionError = toCollectionError(error, {
      service: "sqs",
      operation: "ListQueues",
      region: "eu-west-1",
    });
    expect(collectionError.kind).toBe("endpoint");
    expect(collectionError.action).toBe("sqs:ListQueues");
    clients.destroy();
  });
});

describe("collection error messages", () => {
  it("replace SDK parser details with the HTTP status", () => {
    const error = Object.assign(
      new Error(
        "Unexpected token <\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.",
      ),
      { name: "SyntaxError", $metadata: { httpStatusCode: 502 } },
    );

    const collectionError = toCollectionError(error, {
      service: "sqs",
      operation: "GetQueueAttributes",
      region: "eu-west-1",
    });

    expect(collectionError.message).toBe(
      "The endpoint returned a response that is not a valid AWS API answer (HTTP 502).",
    );
  });

  it("keep messages on one line", () => {
    const error = Object.assign(new Error("User is not authorized\n  to perform this"), {
      name: "AccessDenied",
    });

    const collectionError = toCollectionError(error, {
      service: "s3",
      operation: "GetBucketPolicy",
      region: "eu-west-1",
    });

    expect(collectionError.message).toBe("User is not authorized to perform this");
  });
});

describe("throttle counting", () => {
  it("counts each throttled attempt", async () => {
    let requests = 0;
    const throttling = createHttpServer((_request, response) => {
      requests += 1;
      if (requests <= 2) {
        response.writeHead(400, { "content-type": "text/xml" });
        response.end(
          "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>" +
            "<Message>Rate exceeded</Message></Error><RequestId>1</RequestId></ErrorResponse>",
        );
        return;
      }
      response.writeHead(200, { "content-type": "text/xml" });
      response.end(
        "<ListTopicsResponse><ListTopicsResult><Topics></Topics></ListTopicsResult></ListTopicsResponse>",
      );
    });
    await new Promise<void>((resolve) => throttling.listen(0, "127.0.0.1", resolve));
    const port = (throttling.address() as AddressInfo).port;
    const clients = new ClientFactory({
      credentials: fakeCredentials,
      endpointUrl: `http://127.0.0.1:${port}`,
      maxAttempts: 3,
      concurrency: 1,
    });

    await clients.get("sns", "eu-west-1").send(new ListTopicsCommand({}));

    const counts = clients.stats.total();
    expect(counts.retries).toBe(2);
    expect(counts.throttles).toBe(2);
    clients.destroy();
    await new Promise<void>((resolve) => throttling.close(() => resolve()));
  });
});
