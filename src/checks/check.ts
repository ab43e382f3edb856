import type { CollectionError } from "../collect/collected.js";
import type { Inventory, InventoryPart } from "../collect/inventory.js";
import type { CheckSettings } from "./settings.js";

export type Severity = "critical" | "high" | "medium" | "low" | "info";

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

export type FindingStatus = "pass" | "fail" | "error" | "not_applicable" | "manual";

export interface References {
  cwe: string[];
  asvs: string[];
  /** AWS Security Hub control ids, e.g. `RDS.3`. */
  securityHub: string[];
}

/** A control: one pure check with the facts a report needs about it. */
export interface Check {
  /** Stable id `<service>.<control>`, e.g. `rds.tls-required`. */
  id: string;
  title: string;
  severity: Severity;
  references: References;
  /** Inventory parts the check reads; the engine collects only these. */
  inputs: InventoryPart[];
  remediation: string;
  /** Judges the inventory; checks that read `settings` fall back to DEFAULT_SETTINGS without them. */
  evaluate(inventory: Inventory, settings?: CheckSettings): Finding[];
}

export interface ResourceRef {
  /** ARN of the resource, or a scope such as `arn:aws:rds:eu-west-1:123456789012:*` when a whole listing failed. */
  arn: string;
  /** Resource type in CloudFormation spelling, e.g. `AWS::RDS::DBCluster`. */
  type: string;
  region: string;
  name?: string;
}

export interface Finding {
  /** Stable across runs: `<checkId>:<resource ARN>`. */
  id: string;
  checkId: string;
  status: FindingStatus;
  severity: Severity;
  resource: ResourceRef;
  /** One or more full sentences naming the resource: why it passes, fails or could not be judged. */
  reason: string;
  /** The fields read to reach the verdict, as returned by AWS. */
  evidence: Record<string, unknown>;
  /** For `error` findings: the call that failed and the IAM action it needs. */
  error?: CollectionError;
}
