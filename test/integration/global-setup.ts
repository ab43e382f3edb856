import type { TestProject } from "vitest/node";
import { startMotoServer } from "../../src/emulator/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the moto server shared by every integration test file. */
    motoUrl: string;
  }
}

/**
 * Starts one moto server for the integration project and provides its URL as "motoUrl". Test
 * files read it with `inject("motoUrl")` and reset the emulator between scenarios.
 */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  // Any SDK client a test builds without explicit credentials gets these fake ones, never a
  // developer's real profile or the instance metadata service.
  process.env.AWS_ACCESS_KEY_ID = "test";
  process.env.AWS_SECRET_ACCESS_KEY = "test";
  process.env.AWS_EC2_METADATA_DISABLED = "true";
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;

  const server = await startMotoServer();
  provide("motoUrl", server.url);

  return async () => {
    await server.stop();
  };
}
