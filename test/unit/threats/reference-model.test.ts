import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { mapThreatModel } from "../../../src/threats/mapping/map-threats.js";
import { loadBuiltinModel } from "../../../src/threats/model/load-model.js";
import { parseStructuredModel } from "../../../src/threats/model/parse-structured.js";
import { REFERENCE_CONTROLS, REFERENCE_THREATS } from "./reference-threats.js";
import { withoutLines } from "./threat-helpers.js";

describe("built-in reference model", () => {
  it("parses to the ten reference threats", async () => {
    const model = await loadBuiltinModel();

    expect(withoutLines(model.threats)).toEqual(REFERENCE_THREATS);
  });

  it("parses without warnings", async () => {
    const model = await loadBuiltinModel();

    expect(model.warnings).toEqual([]);
  });

  it.each(Object.entries(REFERENCE_CONTROLS))("maps %s to its controls", async (id, controls) => {
    const mapped = mapThreatModel(await loadBuiltinModel());

    expect(mapped.threats.find((threat) => threat.id === id)?.controls).toEqual(controls);
  });

  it("maps every threat without warnings", async () => {
    const mapped = mapThreatModel(await loadBuiltinModel());

    expect(mapped.warnings).toEqual([]);
  });

  it("maps only controls of the catalog", async () => {
    const known = new Set(CHECKS.map((check) => check.id));
    const mapped = mapThreatModel(await loadBuiltinModel());

    const unknown = mapped.threats
      .flatMap((threat) => threat.controls)
      .filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it("round-trips through YAML", async () => {
    const model = await loadBuiltinModel();
    const threats = withoutLines(model.threats);

    const again = parseStructuredModel("reference.yaml", stringify({ threats }));

    expect(withoutLines(again.threats)).toEqual(threats);
  });

  it("round-trips through JSON", async () => {
    const model = await loadBuiltinModel();
    const threats = withoutLines(model.threats);

    const again = parseStructuredModel("reference.json", JSON.stringify(threats));

    expect(withoutLines(again.threats)).toEqual(threats);
  });
});
