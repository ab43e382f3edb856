import { runAudit } from "../audit.js";
import type { CallRecord } from "../aws/call-tracker.js";
import { ClientFactory } from "../aws/clients.js";
import { CHECKS } from "../checks/catalog.js";
import { fakeCredentials } from "../emulator/environment.js";

/**
 * Audits the emulator in this process and lists every AWS call sent more than once with the
 * same parameters. An empty list means each API was read once.
 */
export async function findRepeatedCalls(endpointUrl: string, regions: string[]): Promise<string[]> {
  const calls: CallRecord[] = [];
  const clients = new ClientFactory({
    credentials: fakeCredentials,
    endpointUrl,
    maxAttempts: 3,
    concurrency: 8,
    onCall: (call) => calls.push(call),
  });
  try {
    await runAudit(CHECKS, { kind: "live", clients, accountId: "123456789012", regions });
  } finally {
    clients.destroy();
  }

  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = `${call.service}:${call.operation} ${call.region} ${call.input}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${count}x ${key}`);
}
