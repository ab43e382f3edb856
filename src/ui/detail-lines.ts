import type { ReportFinding, ReportSuppression } from "../report/report-types.js";
import { suppressionOf } from "./report-model.js";
import { findingStyleOf } from "./status-style.js";
import { wrapText } from "./text-layout.js";
import type { Tone } from "./theme.js";

/** One line of the detail pane; lines are built ahead so the pane can scroll through them. */
export interface DetailLine {
  text: string;
  tone?: Tone;
  bold?: boolean;
}

/** Width of the field names in front of the resource fields and references. */
const LABEL_WIDTH = 13;

/** Lays out every field the report has about one finding, wrapped to `width` characters. */
export function detailLines(
  finding: ReportFinding,
  controlTitle: string | undefined,
  width: number,
): DetailLine[] {
  const style = findingStyleOf(finding);
  const heading = `${style.glyph} ${style.label} · ${finding.severity} · ${finding.controlId}`;
  const lines: DetailLine[] = wrapText(heading, width).map((text) => ({
    text,
    tone: style.tone,
    bold: true,
  }));
  if (controlTitle !== undefined) lines.push(...plain(wrapText(controlTitle, width)));
  lines.push({ text: "" });

  lines.push(...field("ARN", finding.resource.arn, width));
  lines.push(...field("Type", finding.resource.type, width));
  lines.push(...field("Region", finding.resource.region, width));
  if (finding.resource.name !== undefined)
    lines.push(...field("Name", finding.resource.name, width));
  lines.push(...field("Threats", finding.threats.join(", ") || "none", width));
  lines.push({ text: "" });

  lines.push(...section("Reason", finding.reason, width));
  const suppression = suppressionOf(finding);
  if (suppression !== undefined)
    lines.push(...section("Suppressed", describeSuppression(suppression), width));
  lines.push(...evidenceSection(finding.evidence, width));
  if (finding.error !== undefined) {
    const error = finding.error;
    lines.push(
      ...section(
        "Error",
        `${error.action} in ${error.region} failed with ${error.code}: ${error.message}`,
        width,
        "error",
      ),
    );
  }
  lines.push(...section("Remediation", finding.remediation || "None given.", width));

  lines.push({ text: "References", bold: true });
  lines.push(...field("CWE", finding.references.cwe.join(", ") || "none", width));
  lines.push(...field("ASVS", finding.references.asvs.join(", ") || "none", width));
  lines.push(...field("Security Hub", finding.references.securityHub.join(", ") || "none", width));
  return lines;
}

function plain(texts: string[], tone?: Tone): DetailLine[] {
  return texts.map((text) => (tone === undefined ? { text } : { text, tone }));
}

/** `Label        value`, with the value wrapped under itself. */
function field(label: string, value: string, width: number): DetailLine[] {
  const indent = " ".repeat(LABEL_WIDTH);
  return wrapText(value, Math.max(10, width - LABEL_WIDTH)).map((text, index) => ({
    text: (index === 0 ? label.padEnd(LABEL_WIDTH) : indent) + text,
  }));
}

function section(title: string, body: string, width: number, tone?: Tone): DetailLine[] {
  const heading: DetailLine =
    tone === undefined ? { text: title, bold: true } : { text: title, bold: true, tone };
  const indented = wrapText(body, width - 2).map((text) => "  " + text);
  return [heading, ...plain(indented), { text: "" }];
}

/** Lays out each evidence field on its own lines: strings as they are, other values as JSON. */
function evidenceSection(evidence: Record<string, unknown>, width: number): DetailLine[] {
  const entries = Object.entries(evidence);
  if (entries.length === 0) return section("Evidence", "No fields recorded.", width);

  const lines: DetailLine[] = [{ text: "Evidence", bold: true }];
  for (const [name, value] of entries) {
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
    const wrapped = wrapText(`${name}: ${text}`, width - 4);
    lines.push(...wrapped.map((line, index) => ({ text: (index === 0 ? "  " : "    ") + line })));
  }
  lines.push({ text: "" });
  return lines;
}

function describeSuppression(suppression: ReportSuppression): string {
  const owner = suppression.owner === undefined ? "" : ` Owner: ${suppression.owner}.`;
  const expires =
    suppression.expires === undefined
      ? " No expiry date."
      : ` Expires after ${suppression.expires}.`;
  return `${suppression.reason}${owner}${expires}`;
}
