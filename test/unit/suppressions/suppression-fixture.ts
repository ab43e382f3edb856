import type { Finding } from "../../../src/checks/check.js";

export const KNOWN_CONTROLS = new Set(["rds.tls-required", "s3.server-access-logging"]);

/** A finding of `control` on the bucket `name`. */
export function bucketFinding(
  name: string,
  status: Finding["status"] = "fail",
  control = "s3.server-access-logging",
): Finding {
  const arn = `arn:aws:s3:::${name}`;
  return {
    id: `${control}:${arn}`,
    checkId: control,
    status,
    severity: "medium",
    resource: { arn, type: "AWS::S3::Bucket", region: "eu-west-1", name },
    reason: `Bucket ${name} is ${status}.`,
    evidence: {},
  };
}
