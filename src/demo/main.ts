import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emulatorEnvironment } from "../emulator/environment.js";
import { MotoServerNotFound, startMotoServer } from "../emulator/index.js";
import { seedReferenceDeployment } from "./seed/index.js";

// The SDK warns once per process under Node.js 20 that its 2027 releases need Node.js 22; the
// demo's own seeding clients would print it in the middle of the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const DEMO_REGION = "eu-west-1";
const BIN = fileURLToPath(new URL("../bin.js", import.meta.url));

/**
 * Starts the local AWS emulator, seeds the reference web shop (by default with the weaknesses
 * the threat model fears), audits it with the built CLI and stops the emulator.
 */
async function demo(variant: "insecure" | "secure"): Promise<number> {
  process.stderr.write("Starting the local AWS emulator (moto_server) on 127.0.0.1...\n");
  const moto = await startMotoServer();
  try {
    process.stderr.write(`Seeding the ${variant} reference deployment into ${moto.url}...\n`);
    await seedReferenceDeployment(moto.url, { variant, region: DEMO_REGION });

    const reportPath = join(mkdtempSync(join(tmpdir(), "threat-audit-demo-")), "report.json");
    const args = [
      "--endpoint-url",
      moto.url,
      "--region",
      DEMO_REGION,
      "--no-tui",
      "--json",
      reportPath,
    ];
    process.stderr.write(`Auditing it: threat-audit ${args.join(" ")}\n\n`);
    const exitCode = await runCli(args, emulatorEnvironment(moto.url, DEMO_REGION));

    process.stderr.write(`\nJSON report: ${reportPath}\nThe audit exited with code ${exitCode}.\n`);
    // Findings (exit code 1) are the point of the insecure demo, not a failure of the demo.
    return exitCode === 0 || exitCode === 1 ? 0 : exitCode;
  } finally {
    await moto.stop();
  }
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 3));
  });
}

function parseVariant(args: string[]): "insecure" | "secure" {
  if (args.length === 0) return "insecure";
  if (args.length === 1 && (args[0] === "--secure" || args[0] === "--insecure")) {
    return args[0] === "--secure" ? "secure" : "insecure";
  }
  throw new Error(
    `Unknown demo arguments: ${args.join(" ")}. Use --secure or --insecure (the default).`,
  );
}

try {
  process.exitCode = await demo(parseVariant(process.argv.slice(2)));
} catch (error) {
  if (error instanceof MotoServerNotFound) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `The demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
