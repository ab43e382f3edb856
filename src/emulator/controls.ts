import { isLoopbackUrl } from "./loopback.js";

/** moto's own control API, served next to the emulated AWS services. */
export interface MotoControls {
  /** Base URL such as `http://127.0.0.1:40123`, the endpoint for every service and region. */
  readonly url: string;
  /** Wipes every emulated resource in every service and region. */
  reset(): Promise<void>;
  /** Seeds moto's ID generator; called right after `reset()`, generated IDs repeat from run to run. */
  seedIds(seed: number): Promise<void>;
  /** Turns on IAM enforcement: from now on every call is checked against the caller's policies. */
  enableIamAuth(): Promise<void>;
  /** Turns IAM enforcement off again. */
  disableIamAuth(): Promise<void>;
}

/**
 * Returns the controls of the moto server at `url`, e.g. one that a Vitest global setup started
 * in another process.
 *
 * @throws Error when `url` is not a loopback address, because the controls wipe state.
 */
export function motoControls(url: string): MotoControls {
  const base = url.replace(/\/+$/, "");
  if (!isLoopbackUrl(base)) {
    throw new Error(
      `The emulator URL "${url}" is not on 127.0.0.1 or localhost; moto controls only go to a ` +
        `local emulator.`,
    );
  }

  return {
    url: base,
    reset: () => postMotoApi(base, "/moto-api/reset"),
    seedIds: (seed) => postMotoApi(base, `/moto-api/seed?a=${encodeURIComponent(String(seed))}`),
    // The body is the number of calls left before enforcement starts: "0" is now, "inf" is never.
    enableIamAuth: () => postMotoApi(base, "/moto-api/reset-auth", "0"),
    disableIamAuth: () => postMotoApi(base, "/moto-api/reset-auth", "inf"),
  };
}

async function postMotoApi(url: string, path: string, body?: string): Promise<void> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    ...(body === undefined ? {} : { body, headers: { "Content-Type": "text/plain" } }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `The emulator at ${url} rejected POST ${path} with HTTP ${response.status}: ` +
        text.slice(0, 500),
    );
  }
}
