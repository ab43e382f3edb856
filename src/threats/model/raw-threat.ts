/** The threat fields a threat model file can give, by their name in JSON and YAML models. */
export const THREAT_FIELDS = [
  "id",
  "title",
  "severity",
  "score",
  "stride",
  "affectedComponents",
  "why",
  "references",
  "recommendedActions",
] as const;

export type ThreatField = (typeof THREAT_FIELDS)[number];

/** One piece of a field's value with the line it starts on. */
export interface RawValue {
  text: string;
  line: number;
  /** True for one item of a list, which is never split at commas. */
  listItem: boolean;
}

/** A field as a threat model file gives it, before its value is checked. */
export interface RawField {
  /** Line of the field's label (Markdown) or key (JSON, YAML). */
  line: number;
  values: RawValue[];
}

/** One threat as read from a file: the fields found, each with its line. */
export interface RawThreat {
  /** Line where the threat starts: its heading, table row or object. */
  line: number;
  fields: Partial<Record<ThreatField, RawField>>;
}

/**
 * Labels accepted for each field, compared after `labelKey`: lower case with everything but
 * letters removed, so `Affected Components`, `affected_components` and `affectedComponents` agree.
 */
const FIELD_LABELS: Record<ThreatField, string[]> = {
  id: ["id", "threatid"],
  title: ["title", "threat", "name", "threattitle"],
  severity: ["severity", "risk", "risklevel", "severitylevel"],
  score: ["score", "riskscore", "cvss", "cvssscore"],
  stride: ["stride", "stridecategory", "stridecategories", "category", "categories"],
  affectedComponents: [
    "affectedcomponents",
    "affectedcomponent",
    "components",
    "component",
    "affectedassets",
    "assets",
  ],
  why: ["why", "description", "rationale", "details"],
  references: ["references", "reference", "refs", "cwe", "cwes", "asvs"],
  recommendedActions: [
    "recommendedactions",
    "recommendedaction",
    "recommendations",
    "recommendation",
    "mitigations",
    "mitigation",
    "actions",
    "remediation",
  ],
};

const FIELD_BY_LABEL = new Map<string, ThreatField>(
  THREAT_FIELDS.flatMap((field) => FIELD_LABELS[field].map((label) => [label, field] as const)),
);

/** Reduces a label to lower-case letters, e.g. `Affected Components:` to `affectedcomponents`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z]/g, "");
}

/** Returns the field a label names, or undefined for a label this parser does not know. */
export function fieldForLabel(label: string): ThreatField | undefined {
  return FIELD_BY_LABEL.get(labelKey(label));
}
