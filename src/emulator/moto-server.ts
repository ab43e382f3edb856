import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { motoControls, type MotoControls } from "./controls.js";
import { MotoServerNotFound, MotoServerStartError } from "./errors.js";
import { findFreePort } from "./free-port.js";
import { OutputTail } from "./output-tail.js";

/** The only address the emulator binds and the only host this module contacts. */
const LOOPBACK_HOST = "127.0.0.1";

const DEFAULT_COMMAND = "moto_server";
const DEFAULT_START_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;
const POLL_REQUEST_TIMEOUT_MS = 1_000;
const STOP_GRACE_MS = 5_000;

export interface MotoServerOptions {
  /** Extra environment for the server process, e.g. `{ INITIAL_NO_AUTH_ACTION_COUNT: "0" }`. */
  env?: Record<string, string>;
  /** Maximum wait for the server's first HTTP response, in milliseconds (default 30,000). */
  startTimeoutMs?: number;
  /** Executable to run instead of `moto_server` from PATH. */
  command?: string;
}

/** A running moto server on a loopback port, with the moto-api controls the tests use. */
export interface MotoServer extends MotoControls {
  readonly port: number;
  /** Stops the server process and waits until it has exited. Calling it twice is harmless. */
  stop(): Promise<void>;
}

/**
 * Starts `moto_server` on a free port of 127.0.0.1 and resolves once it responds to HTTP.
 * AWS managed IAM policies are loaded (`MOTO_IAM_LOAD_MANAGED_POLICIES=true`), because without
 * them attaching e.g. AdministratorAccess fails with NoSuchEntity.
 *
 * @throws MotoServerNotFound when the command is not on PATH.
 * @throws MotoServerStartError when the server exits early or does not respond in time.
 */
export async function startMotoServer(options: MotoServerOptions = {}): Promise<MotoServer> {
  const command = options.command ?? DEFAULT_COMMAND;
  const port = await findFreePort();
  const url = `http://${LOOPBACK_HOST}:${port}`;

  const child = spawn(command, ["-H", LOOPBACK_HOST, "-p", String(port)], {
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: "true", ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr = new OutputTail();
  child.stderr?.on("data", (chunk: Buffer) => stderr.append(chunk));

  await waitForSpawn(child, command);

  // A test runner that dies without teardown must not leave the server running.
  const killOnExit = (): void => {
    child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);

  try {
    await waitUntilResponding(
      url,
      child,
      stderr,
      options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    );
  } catch (error) {
    process.off("exit", killOnExit);
    await stopProcess(child);
    throw error;
  }

  return {
    ...motoControls(url),
    port,
    stop: async () => {
      process.off("exit", killOnExit);
      await stopProcess(child);
    },
  };
}

/** Resolves when the process has started; turns ENOENT into MotoServerNotFound. */
async function waitForSpawn(child: ChildProcess, command: string): Promise<void> {
  try {
    await once(child, "spawn");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new MotoServerNotFound(command, { cause: error });
    }
    throw error;
  }
}

async function waitUntilResponding(
  url: string,
  child: ChildProcess,
  stderr: OutputTail,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const manualStart = `Run "${child.spawnargs.join(" ")}" by hand to see the full output.`;

  for (;;) {
    if (hasExited(child)) {
      throw new MotoServerStartError(
        `moto_server failed to start: it exited with ${describeExit(child)} before it ` +
          `responded on ${url}. ${manualStart} Its stderr ended with:\n${stderr.text()}`,
      );
    }

    // The dashboard path is not an AWS action, so polling it does not use up the
    // INITIAL_NO_AUTH_ACTION_COUNT budget.
    try {
      const response = await fetch(`${url}/moto-api/`, {
        signal: AbortSignal.timeout(POLL_REQUEST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      return;
    } catch {
      // Not listening yet.
    }

    if (Date.now() >= deadline) {
      throw new MotoServerStartError(
        `moto_server timed out: it did not respond on ${url} within ${timeoutMs} ms. ` +
          `${manualStart} Its stderr ended with:\n${stderr.text()}`,
      );
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Sends SIGTERM, escalates to SIGKILL after a grace period, and waits for the exit. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;

  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const escalation = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(escalation);
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function describeExit(child: ChildProcess): string {
  return child.signalCode !== null ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}
