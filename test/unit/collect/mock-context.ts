import { ClientFactory } from "../../../src/aws/clients.js";
import type { CollectContext } from "../../../src/collect/collector.js";

export const ACCOUNT_ID = "111122223333";

/**
 * Builds a collect context with a real ClientFactory. Tests mock the SDK client classes with
 * aws-sdk-client-mock, so `send` never reaches the unreachable endpoint configured here.
 */
export function contextFor(regions: string[]): CollectContext {
  const clients = new ClientFactory({
    credentials: () => Promise.resolve({ accessKeyId: "test", secretAccessKey: "test" }),
    endpointUrl: "http://127.0.0.1:1",
    maxAttempts: 1,
    concurrency: 4,
    onCall: () => undefined,
  });
  return { clients, accountId: ACCOUNT_ID, regions, parts: {} };
}

/** Returns the region a client was built for, from its resolved configuration. */
export async function regionOf(client: unknown): Promise<string> {
  const region = (client as { config: { region: string | (() => Promise<string>) } }).config.region;
  return typeof region === "function" ? await region() : region;
}

/** Creates an error shaped like an SDK service exception, whose `name` is the AWS error code. */
export function awsError(code: string, httpStatusCode = 400): Error {
  const error = new Error(`${code} (mocked)`);
  error.name = code;
  Object.assign(error, { $fault: "client", $metadata: { httpStatusCode } });
  return error;
}
