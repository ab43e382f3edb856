import { requiredParts } from "../../audit.js";
import { ENGINE_ACTIONS } from "../../aws/audit-policy.js";
import type { Check } from "../../checks/check.js";
import { COLLECTORS } from "../../collect/catalog.js";
import type { InventoryPart } from "../../collect/inventory.js";
import { componentKinds, kindLabel } from "../mapping/component-kinds.js";
import type { MappedModel } from "../mapping/map-threats.js";
import type { Threat } from "../threat.js";

/** One control of a threat: what mapped it and which inventory parts it reads. */
export interface ControlPlan {
  id: string;
  /** The check's title, or undefined when the catalog has no check of this id. */
  title?: string;
  mappedBy: string;
  /** Inventory parts the check reads, with the parts their collectors need first. */
  parts: InventoryPart[];
}

export interface ThreatPlan {
  threat: Threat;
  /** Each affected component with the kinds its name matched. */
  components: { name: string; kinds: string[] }[];
  controls: ControlPlan[];
}

/** An inventory part with the AWS service label and the IAM actions its collector calls. */
export interface PartPlan {
  part: InventoryPart;
  label: string;
  actions: string[];
}

/** The threats, controls, inventory parts and IAM actions of an audit, computed without AWS calls. */
export interface AuditPlan {
  file: string;
  threats: ThreatPlan[];
  parts: PartPlan[];
  /** Every IAM action the plan's controls need, plus the engine's own calls, sorted. */
  actions: string[];
  warnings: string[];
}

/** Traces each threat to its controls, their inventory parts and those parts' IAM actions. */
export function buildPlan(model: MappedModel, checks: readonly Check[]): AuditPlan {
  const checksById = new Map(checks.map((check) => [check.id, check]));
  const threats = model.threats.map((threat) => threatPlan(threat, checksById));

  const planned = [...new Set(model.threats.flatMap((threat) => threat.controls))]
    .map((id) => checksById.get(id))
    .filter((check): check is Check => check !== undefined);
  const parts = requiredParts(planned).map((part) => ({
    part,
    label: COLLECTORS[part].label,
    actions: [...COLLECTORS[part].actions].sort(),
  }));
  const actions = [
    ...new Set([...ENGINE_ACTIONS, ...parts.flatMap((part) => part.actions)]),
  ].sort();

  return { file: model.file, threats, parts, actions, warnings: model.warnings };
}

function threatPlan(threat: Threat, checksById: Map<string, Check>): ThreatPlan {
  return {
    threat,
    components: threat.affectedComponents.map((name) => ({
      name,
      kinds: componentKinds(name).map(kindLabel),
    })),
    controls: threat.controls.map((id) => {
      const check = checksById.get(id);
      const plan: ControlPlan = {
        id,
        mappedBy: threat.mappedBy?.[id] ?? "",
        parts: check === undefined ? [] : requiredParts([check]),
      };
      if (check !== undefined) plan.title = check.title;
      return plan;
    }),
  };
}
