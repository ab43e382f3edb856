import { UserError } from "../../user-error.js";
import {
  canonicalReference,
  canonicalStride,
  listValue,
  parseScore,
  parseSeverity,
  textValue,
} from "./field-values.js";
import type { RawThreat } from "./raw-threat.js";
import type { ModelFormat, ModelThreat, ThreatModel } from "./threat-model.js";

const FIX_ID: Record<ModelFormat, string> = {
  markdown:
    "Start the threat's heading with its id, e.g. `### T011: Title`, or add an `ID:` field.",
  structured: "Add an `id` key to the threat, e.g. `id: T011`.",
};

const FIX_TITLE: Record<ModelFormat, string> = {
  markdown: "Write the title after the id in the heading, e.g. `### T011: Title`.",
  structured: "Add a `title` key to the threat.",
};

/**
 * Checks and normalizes the raw threats of one file. A missing id or title, a duplicate id or a
 * severity outside the known words is a UserError naming the file and line. A missing severity
 * or an unreadable score is a warning.
 */
export function buildThreatModel(
  file: string,
  format: ModelFormat,
  raws: RawThreat[],
): ThreatModel {
  const warnings: string[] = [];
  const lines = new Map<string, number>();
  const threats: ModelThreat[] = [];

  for (const raw of raws) {
    const threat = buildThreat(file, format, raw, warnings);
    const earlier = lines.get(threat.id);
    if (earlier !== undefined) {
      throw new UserError(
        `${file}:${raw.line}: threat id ${threat.id} is used again; line ${earlier} has it first.`,
        "Give every threat its own id.",
      );
    }
    lines.set(threat.id, raw.line);
    threats.push(threat);
  }

  if (threats.length === 0) {
    throw new UserError(
      `${file}: no threat found.`,
      format === "markdown"
        ? "Give each threat a heading that starts with its id, e.g. `### T001: Title`, followed by its fields."
        : "List the threats under a `threats` key, each with at least `id` and `title`.",
    );
  }
  return { file, threats, warnings };
}

function buildThreat(
  file: string,
  format: ModelFormat,
  raw: RawThreat,
  warnings: string[],
): ModelThreat {
  const { fields } = raw;
  const id = textValue(fields.id);
  if (id === undefined) {
    const title = textValue(fields.title);
    const named = title === undefined ? "A threat" : `The threat "${title}"`;
    throw new UserError(`${file}:${raw.line}: ${named} has no id.`, FIX_ID[format]);
  }
  const title = textValue(fields.title);
  if (title === undefined) {
    throw new UserError(`${file}:${raw.line}: threat ${id} has no title.`, FIX_TITLE[format]);
  }

  const threat: ModelThreat = {
    id,
    title,
    severity: readSeverity(file, id, raw, warnings),
    stride: listValue(fields.stride).map(canonicalStride),
    affectedComponents: listValue(fields.affectedComponents),
    references: listValue(fields.references).map(canonicalReference),
    recommendedActions: textValue(fields.recommendedActions) ?? "",
    line: raw.line,
  };

  const why = textValue(fields.why);
  if (why !== undefined) threat.why = why;
  const scoreText = textValue(fields.score);
  if (scoreText !== undefined) {
    const score = parseScore(scoreText);
    if (score === undefined) {
      warnings.push(
        `${file}:${fields.score?.line ?? raw.line}: threat ${id} has the score "${scoreText}", ` +
          "which is not a number, so the report leaves the score out.",
      );
    } else {
      threat.score = score;
    }
  }
  return threat;
}

function readSeverity(
  file: string,
  id: string,
  raw: RawThreat,
  warnings: string[],
): ModelThreat["severity"] {
  const text = textValue(raw.fields.severity);
  if (text === undefined) {
    warnings.push(
      `${file}:${raw.line}: threat ${id} has no severity, so it is reported as medium.`,
    );
    return "medium";
  }
  const severity = parseSeverity(text);
  if (severity === undefined) {
    throw new UserError(
      `${file}:${raw.fields.severity?.line ?? raw.line}: threat ${id} has the severity "${text}", ` +
        "which is not one of critical, high, medium, low or info.",
      "Change the severity to one of critical, high, medium, low or info.",
    );
  }
  return severity;
}
