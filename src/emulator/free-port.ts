import { createServer } from "node:net";

/**
 * Finds a TCP port on 127.0.0.1 that is free right now, by listening on port 0 and closing again.
 * Another process can still take the port before the caller binds it, so a caller that spawns a
 * server must handle an early exit.
 */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);

    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close(() => reject(new Error("The probe socket on 127.0.0.1 has no TCP port.")));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
