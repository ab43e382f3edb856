import { Command } from "commander";
import { CHECKS } from "../checks/catalog.js";
import { loadThreats, printWarnings, type ThreatModelOptions } from "../threats/load-threats.js";
import { buildPlan } from "../threats/plan/build-plan.js";
import { renderPlan } from "../threats/plan/render-plan.js";

export interface ThreatsCommandOptions extends ThreatModelOptions {
  json?: boolean;
}

/** Adds the options that choose the threat model and its mapping to `command`. */
export function addThreatModelOptions(command: Command): Command {
  return command
    .option(
      "--threat-model <file>",
      "threat model as a Markdown report, JSON or YAML (default: the built-in reference model)",
    )
    .option(
      "--mapping <file>",
      "YAML or JSON file that adds or replaces a threat's controls and scopes components to resources",
    );
}

/**
 * Prints what an audit would verify for the threat model, without calling AWS: each threat's
 * controls, the inventory parts they read and the IAM actions those need. Warnings go to stderr.
 */
export async function threatsCommand(options: ThreatsCommandOptions): Promise<number> {
  const model = await loadThreats(options, CHECKS);
  printWarnings(model);

  const plan = buildPlan(model, CHECKS);
  process.stdout.write(
    options.json === true ? JSON.stringify(plan, null, 2) + "\n" : renderPlan(plan),
  );
  return 0;
}
