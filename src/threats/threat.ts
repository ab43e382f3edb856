import type { Severity } from "../checks/check.js";

/** A threat from a threat model, with the controls that mitigate it. */
export interface Threat {
  /** Id as the threat model gives it, e.g. `T001`. */
  id: string;
  title: string;
  severity: Severity;
  /** Risk score as the model gives it, e.g. 8.0; absent when the model has none. */
  score?: number;
  stride: string[];
  affectedComponents: string[];
  /** References as written in the model, e.g. `CWE-319`, `ASVS V9.1.1`. */
  references: string[];
  /** Why the threat matters, as the model explains it. */
  why?: string;
  recommendedActions: string;
  /** Ids of the checks whose findings decide the verdict. Empty when no automated control exists. */
  controls: string[];
  /** Per control id: one phrase saying what mapped the control to the threat. */
  mappedBy?: Record<string, string>;
  /** Affected components narrowed to some resources by a mapping file. */
  scopes?: ResourceScope[];
  /** Line of the threat model file where the threat starts. */
  line?: number;
}

/**
 * Narrows one affected component of a threat to the resources whose name or ARN matches one of
 * `patterns`. Findings about other resources of `resourceTypes` do not count for the threat.
 */
export interface ResourceScope {
  /** The affected component as the threat model names it, e.g. `S3 Bucket (assets)`. */
  component: string;
  /** Resource types in CloudFormation spelling that the scope narrows, e.g. `AWS::S3::Bucket`. */
  resourceTypes: string[];
  /** Glob patterns (`*` and `?`) matched against a resource's name and its ARN. */
  patterns: string[];
}

/**
 * `manual` is for a threat that no automated control covers: a person verifies the recommended
 * action. `unverified` is for a threat whose controls ran but could not decide.
 */
export type ThreatStatus = "mitigated" | "open" | "unverified" | "not_applicable" | "manual";
