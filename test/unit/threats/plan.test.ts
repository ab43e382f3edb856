import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/checks/catalog.js";
import { mapThreatModel } from "../../../src/threats/mapping/map-threats.js";
import { loadBuiltinModel } from "../../../src/threats/model/load-model.js";
import { buildPlan } from "../../../src/threats/plan/build-plan.js";
import { renderPlan } from "../../../src/threats/plan/render-plan.js";
import { parseFixture } from "./threat-helpers.js";

async function referencePlan() {
  return buildPlan(mapThreatModel(await loadBuiltinModel()), CHECKS);
}

describe("audit plan", () => {
  it("traces a control to its inventory parts", async () => {
    const plan = await referencePlan();
    const t002 = plan.threats.find((entry) => entry.threat.id === "T002");

    expect(
      t002?.controls.find((control) => control.id === "cloudfront.origin-https")?.parts,
    ).toEqual(["cloudfront", "elbv2"]);
  });

  it("lists the IAM actions of each part", async () => {
    const plan = await referencePlan();

    expect(plan.parts.find((part) => part.part === "rds")?.actions).toContain(
      "rds:DescribeDBClusters",
    );
  });

  it("includes the engine's own calls", async () => {
    const plan = await referencePlan();

    expect(plan.actions).toContain("sts:GetCallerIdentity");
  });

  it("needs only the parts a model's controls read", () => {
    const plan = buildPlan(mapThreatModel(parseFixture("reordered-fields.md")), CHECKS);

    expect(plan.parts.map((part) => part.part)).toEqual(["rds", "s3"]);
  });

  it("renders a manual threat with the action to verify", () => {
    const plan = buildPlan(mapThreatModel(parseFixture("optional-fields.md")), CHECKS);

    expect(renderPlan(plan)).toContain(
      "      MANUAL: no automated control covers this threat. Verify by hand:",
    );
  });

  it("renders what mapped each control", async () => {
    const text = renderPlan(await referencePlan());

    expect(text).toContain(
      "      rds.tls-required: RDS databases require TLS for every connection\n" +
        "        mapped by CWE-319 on the database Aurora (RDS)\n" +
        "        reads rds\n",
    );
  });

  it("renders an unknown component", () => {
    const plan = buildPlan(mapThreatModel(parseFixture("optional-fields.md")), CHECKS);

    expect(renderPlan(plan)).toContain(
      "Components: Session cache (ElastiCache Redis) [unknown kind]",
    );
  });
});
