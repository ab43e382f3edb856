import type { AuditPlan, ThreatPlan } from "./build-plan.js";

const INDENT = "      ";

/**
 * Renders the plan as text: each threat with its components, controls and the inventory parts
 * they read, then each part's IAM actions, then the whole list of actions the audit role needs.
 */
export function renderPlan(plan: AuditPlan): string {
  const count = plan.threats.length;
  const lines = [`Threat model: ${plan.file} (${count} ${count === 1 ? "threat" : "threats"})`, ""];

  for (const threatPlan of plan.threats) {
    lines.push(...renderThreat(threatPlan), "");
  }

  lines.push("Inventory parts:");
  for (const part of plan.parts) {
    lines.push(`  ${part.part} (${part.label}): ${part.actions.join(", ")}`);
  }
  lines.push("");
  lines.push(`IAM actions the audit role needs (${plan.actions.length}):`);
  for (const action of plan.actions) lines.push(`  ${action}`);
  return lines.join("\n") + "\n";
}

function renderThreat({ threat, components, controls }: ThreatPlan): string[] {
  const lines = [`${threat.id}  ${threat.severity.padEnd(8)} ${threat.title}`];
  const described = components.map(({ name, kinds }) =>
    kinds.length === 0 ? `${name} [unknown kind]` : `${name} [${kinds.join(", ")}]`,
  );
  lines.push(`${INDENT}Components: ${described.length === 0 ? "none" : described.join(", ")}`);
  for (const scope of threat.scopes ?? []) {
    lines.push(
      `${INDENT}Scope: ${scope.component} limited to ${scope.patterns.join(", ")} ` +
        `(${scope.resourceTypes.join(", ")})`,
    );
  }

  if (controls.length === 0) {
    lines.push(`${INDENT}MANUAL: no automated control covers this threat. Verify by hand:`);
    const action =
      threat.recommendedActions === ""
        ? "(no recommended action given)"
        : threat.recommendedActions;
    for (const line of action.split("\n")) lines.push(`${INDENT}  ${line}`);
    return lines;
  }

  for (const control of controls) {
    const title = control.title ?? "not implemented in this version";
    lines.push(`${INDENT}${control.id}: ${title}`);
    lines.push(`${INDENT}  mapped by ${control.mappedBy}`);
    if (control.parts.length > 0) lines.push(`${INDENT}  reads ${control.parts.join(", ")}`);
  }
  return lines;
}
