/**
 * Environment for a process that talks to the local emulator: fake credentials, no instance
 * metadata lookups, and every AWS endpoint on the emulator's loopback address.
 */
export function emulatorEnvironment(endpointUrl: string, region = "us-east-1"): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")),
  );
  return {
    ...inherited,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: region,
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_ENDPOINT_URL: endpointUrl,
    // The SDK warns on every run under Node.js 20 that its 2027 releases need Node.js 22.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

/** Credentials for SDK clients built in-process against the emulator, which accepts any key. */
export function fakeCredentials(): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  return Promise.resolve({ accessKeyId: "test", secretAccessKey: "test" });
}
