import type { Threat } from "../threat.js";

/** A threat as the threat model file describes it, before it is mapped to controls. */
export interface ModelThreat extends Omit<Threat, "controls" | "mappedBy" | "scopes" | "line"> {
  /** Line of the file where the threat starts, for messages. */
  line: number;
}

/** A parsed threat model file. */
export interface ThreatModel {
  /** Path of the file as the user gave it, or the built-in model's name. */
  file: string;
  threats: ModelThreat[];
  /** Problems the parser tolerated, one full sentence each, for stderr. */
  warnings: string[];
}

/** Markdown reports and JSON or YAML documents need different fixes in messages. */
export type ModelFormat = "markdown" | "structured";
