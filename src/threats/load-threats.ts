import type { Check } from "../checks/check.js";
import { mapThreatModel, type MappedModel } from "./mapping/map-threats.js";
import { loadMappingFile } from "./mapping/mapping-file.js";
import { loadBuiltinModel, loadThreatModel } from "./model/load-model.js";

/** The options that choose the threat model and its mapping. */
export interface ThreatModelOptions {
  /** Markdown, JSON or YAML threat model; the built-in reference model without it. */
  threatModel?: string;
  /** YAML or JSON file that adds or replaces controls and scopes components to resources. */
  mapping?: string;
}

/** Loads the threat model the options name and maps its threats to the catalog's controls. */
export async function loadThreats(
  options: ThreatModelOptions,
  checks: readonly Check[],
): Promise<MappedModel> {
  const knownControls = new Set(checks.map((check) => check.id));
  const model =
    options.threatModel === undefined
      ? await loadBuiltinModel()
      : await loadThreatModel(options.threatModel);
  const mapping =
    options.mapping === undefined
      ? undefined
      : await loadMappingFile(options.mapping, knownControls);
  return mapThreatModel(model, mapping);
}

/** Writes each warning to stderr as one `warning:` line. */
export function printWarnings(model: MappedModel): void {
  for (const warning of model.warnings) process.stderr.write(`warning: ${warning}\n`);
}
