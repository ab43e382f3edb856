import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createSeedClients } from "../../src/demo/seed/clients.js";
import { seedReferenceDeployment } from "../../src/demo/seed/index.js";
import type { AuditReport } from "../../src/report/report-types.js";
import { motoControls } from "../../src/emulator/index.js";
import { auditEmulator, REGION } from "./run-cli.js";

const DENIED_ACTION = "rds:DescribeDBClusterParameters";

/** Creates an auditor user with ReadOnlyAccess minus one read, and returns its access key. */
async function createAuditUser(
  url: string,
): Promise<{ AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string }> {
  const { iam } = createSeedClients(url, REGION);
  await iam.send(new CreateUserCommand({ UserName: "auditor" }));
  await iam.send(
    new AttachUserPolicyCommand({
      UserName: "auditor",
      PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
    }),
  );
  await iam.send(
    new PutUserPolicyCommand({
      UserName: "auditor",
      PolicyName: "deny-cluster-parameters",
      PolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Action: DENIED_ACTION, Resource: "*" }],
      }),
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: "auditor" }));
  return {
    AWS_ACCESS_KEY_ID: AccessKey?.AccessKeyId ?? "",
    AWS_SECRET_ACCESS_KEY: AccessKey?.SecretAccessKey ?? "",
  };
}

describe("audit with a denied read", () => {
  let report: AuditReport;
  let exitCode: number;

  beforeAll(async () => {
    const url = inject("motoUrl");
    const moto = motoControls(url);
    await moto.reset();
    await seedReferenceDeployment(url, { variant: "secure", region: REGION });
    const keys = await createAuditUser(url);
    await moto.enableIamAuth();

    try {
      ({ report, exitCode } = await auditEmulator(url, [], keys));
    } finally {
      await moto.disableIamAuth();
      await moto.reset();
    }
  });

  it("reports the TLS control as error", () => {
    const findings = report.findings.filter((finding) => finding.controlId === "rds.tls-required");

    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.status)).not.toContain("pass");
    expect(findings.map((finding) => finding.status)).toContain("error");
  });

  it("names the missing permission", () => {
    const error = report.findings.find(
      (finding) => finding.controlId === "rds.tls-required" && finding.status === "error",
    );

    expect(error?.error?.action).toBe(DENIED_ACTION);
    expect(error?.reason).toContain(DENIED_ACTION);
  });

  it("lists the failed call among the errors", () => {
    expect(report.errors.map((error) => error.action)).toContain(DENIED_ACTION);
  });

  it("leaves threat T001 unverified", () => {
    expect(report.threats.find((threat) => threat.id === "T001")?.status).toBe("unverified");
  });

  it("exits with code 2", () => {
    expect(exitCode).toBe(2);
  });
});
