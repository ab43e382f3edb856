import type { Severity } from "../checks/check.js";

/** A threat from a threat model, with the controls that mitigate it. */
export interface Threat {
  /** Id as the threat model gives it, e.g. `T001`. */
  id: string;
  title: string;
  severity: Severity;
  stride: string[];
  affectedComponents: string[];
  /** References as written in the model, e.g. `CWE-319`, `ASVS V9.1.1`. */
  references: string[];
  recommendedActions: string;
  /** Ids of the checks whose findings decide the verdict. Empty when no automated control exists yet. */
  controls: string[];
}

export type ThreatStatus = "mitigated" | "open" | "unverified" | "not_applicable";
