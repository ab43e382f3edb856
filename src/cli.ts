import { Command, CommanderError } from "commander";
import { addAuditOptions, type AuditCommandOptions } from "./cli-options.js";
import { auditCommand } from "./commands/audit.js";
import { EXIT_BUG, EXIT_INCOMPLETE } from "./commands/exit-code.js";
import { policyCommand } from "./commands/policy.js";
import {
  addThreatModelOptions,
  threatsCommand,
  type ThreatsCommandOptions,
} from "./commands/threats.js";
import { ReadOnlyViolation } from "./aws/read-only-guard.js";
import { UserError } from "./user-error.js";

/** Parses `argv`, runs the command and returns the exit code; never throws. */
export async function main(argv: string[], version: string): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("threat-audit")
    .description("Verify a threat model's mitigations against a live AWS account, read-only.")
    .version(version)
    .exitOverride()
    // Options after a subcommand's name belong to the subcommand, e.g. `threats --json`.
    .enablePositionalOptions()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  addThreatModelOptions(addAuditOptions(program)).action(async (options: AuditCommandOptions) => {
    exitCode = await auditCommand(options, version);
  });

  addThreatModelOptions(
    program
      .command("threats")
      .description(
        "print each threat's controls, the inventory they read and the IAM actions, without calling AWS",
      ),
  )
    .option("--json", "print the plan as JSON")
    .action(async (options: ThreatsCommandOptions) => {
      exitCode = await threatsCommand(options);
    });

  program
    .command("policy")
    .description("print the least-privilege IAM policy the audit role needs")
    .action(() => {
      exitCode = policyCommand();
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error);
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version output end with a CommanderError too, with exit code 0.
    if (error.exitCode === 0) return 0;
    process.stderr.write("Run threat-audit --help for the options.\n");
    return EXIT_INCOMPLETE;
  }
  if (error instanceof UserError) {
    process.stderr.write(`error: ${error.message}\n${error.fix}\n`);
    return EXIT_INCOMPLETE;
  }
  if (error instanceof ReadOnlyViolation) {
    process.stderr.write(`bug: ${error.message}\n`);
    return EXIT_BUG;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `bug: threat-audit failed unexpectedly. Please report it with this trace:\n${stack}\n`,
  );
  return EXIT_BUG;
}
