import type { ModelThreat, ThreatModel } from "../model/threat-model.js";
import type { Threat } from "../threat.js";
import { componentKinds, kindLabel, normalizeName } from "./component-kinds.js";
import { KNOWLEDGE_BASE, type KnowledgeRule } from "./knowledge-base.js";
import type { MappingFile } from "./mapping-file.js";
import { resourceScopes } from "./resource-scopes.js";

/** The threats of a model with their controls, and the warnings for the user. */
export interface MappedModel {
  file: string;
  threats: Threat[];
  /** The model's parser warnings, then the mapping's, one full sentence each. */
  warnings: string[];
}

/**
 * Maps each threat to controls: the knowledge base's rules for the threat's CWE references and
 * affected components, then the mapping file's replacements and additions, then its resource
 * scopes. A threat left without a control is kept and warned about: its verdict is `manual`.
 */
export function mapThreatModel(model: ThreatModel, mapping?: MappingFile): MappedModel {
  const warnings = [...model.warnings];
  const threats = model.threats.map((modelThreat) => {
    const threat: Threat = { ...modelThreat, ...knowledgeControls(modelThreat) };
    if (mapping !== undefined) applyOverride(threat, mapping);

    const scopes = mapping === undefined ? [] : resourceScopes(threat, mapping, warnings);
    if (scopes.length > 0) threat.scopes = scopes;

    warnings.push(...componentWarnings(model.file, modelThreat));
    if (threat.controls.length === 0) warnings.push(unmappedWarning(model.file, modelThreat));
    return threat;
  });

  if (mapping !== undefined) warnings.push(...unusedEntries(model, mapping));
  return { file: model.file, threats, warnings };
}

function knowledgeControls(threat: ModelThreat): Pick<Threat, "controls" | "mappedBy"> {
  const cwes = new Set(threat.references.filter((reference) => /^CWE-\d+$/.test(reference)));
  const components = threat.affectedComponents.map((name) => ({
    name,
    kinds: componentKinds(name),
  }));

  const mappedBy: Record<string, string> = {};
  for (const rule of KNOWLEDGE_BASE) {
    if (!cwes.has(rule.cwe) || rule.control in mappedBy) continue;
    const reason = ruleReason(rule, components);
    if (reason !== undefined) mappedBy[rule.control] = reason;
  }
  return { controls: Object.keys(mappedBy), mappedBy };
}

/** Says why `rule` applies to a threat with these components, or undefined when it does not. */
function ruleReason(
  rule: KnowledgeRule,
  components: { name: string; kinds: string[] }[],
): string | undefined {
  if (rule.kinds === "account") return `${rule.cwe}, for every resource of the account`;
  const kinds = rule.kinds;
  for (const component of components) {
    const kind = kinds.find((candidate) => component.kinds.includes(candidate));
    if (kind !== undefined) return `${rule.cwe} on the ${kindLabel(kind)} ${component.name}`;
  }
  return undefined;
}

function applyOverride(threat: Threat, mapping: MappingFile): void {
  const override = mapping.threats.find((entry) => entry.threatId === threat.id);
  if (override === undefined) return;

  const reason = `mapping file ${mapping.file}, line ${override.line}`;
  const mappedBy: Record<string, string> = {};
  for (const control of override.replace ?? threat.controls) {
    mappedBy[control] =
      override.replace === undefined ? (threat.mappedBy?.[control] ?? reason) : reason;
  }
  for (const control of override.add ?? []) mappedBy[control] ??= reason;

  threat.controls = Object.keys(mappedBy);
  threat.mappedBy = mappedBy;
}

function componentWarnings(file: string, threat: ModelThreat): string[] {
  return threat.affectedComponents
    .filter((name) => componentKinds(name).length === 0)
    .map(
      (name) =>
        `${file}:${threat.line}: threat ${threat.id} names the component "${name}", which matches ` +
        "no known kind of AWS resource, so no control is mapped for it.",
    );
}

function unmappedWarning(file: string, threat: ModelThreat): string {
  const cwes = threat.references.filter((reference) => /^CWE-\d+$/.test(reference));
  const weakness = cwes.length === 0 ? "no CWE reference" : cwes.join(", ");
  const components =
    threat.affectedComponents.length === 0 ? "none" : threat.affectedComponents.join(", ");
  return (
    `${file}:${threat.line}: no control is mapped to threat ${threat.id} (${weakness}; ` +
    `components: ${components}), so its verdict is manual. Map controls to it in a --mapping file.`
  );
}

function unusedEntries(model: ThreatModel, mapping: MappingFile): string[] {
  const ids = new Set(model.threats.map((threat) => threat.id));
  const names = new Set(
    model.threats.flatMap((threat) => threat.affectedComponents.map(normalizeName)),
  );
  return [
    ...mapping.threats
      .filter((entry) => !ids.has(entry.threatId))
      .map(
        (entry) =>
          `${mapping.file}:${entry.line}: threat ${entry.threatId} is not in ${model.file}, ` +
          "so its controls are not used.",
      ),
    ...mapping.components
      .filter((entry) => !names.has(normalizeName(entry.component)))
      .map(
        (entry) =>
          `${mapping.file}:${entry.line}: no threat in ${model.file} names the component ` +
          `"${entry.component}", so its resource patterns are not used.`,
      ),
  ];
}
