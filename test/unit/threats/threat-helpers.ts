import type { ModelThreat } from "../../../src/threats/model/threat-model.js";

/** Drops the file line from parsed threats, to compare them with expected values. */
export function withoutLines(threats: ModelThreat[]): Omit<ModelThreat, "line">[] {
  return threats.map((threat) => {
    const copy: Partial<ModelThreat> = { ...threat };
    delete copy.line;
    return copy as Omit<ModelThreat, "line">;
  });
}
