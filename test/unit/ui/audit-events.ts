import type { AuditEvent, CollectProgress } from "../../../src/audit-events.js";
import type { CallRecord } from "../../../src/aws/call-tracker.js";
import type { Check, Finding } from "../../../src/checks/check.js";
import type { InventoryPart } from "../../../src/collect/inventory.js";

/** Engine events with small defaults, for feeding the run-state store. */
export const events = {
  start(part: InventoryPart, region: string, label = part.toUpperCase()): AuditEvent {
    return { type: "collect-start", part, label, region };
  },

  done(part: InventoryPart, region: string, progress: Partial<CollectProgress> = {}): AuditEvent {
    return {
      type: "collect-done",
      progress: {
        part,
        label: part.toUpperCase(),
        region,
        resources: 0,
        calls: 0,
        retries: 0,
        throttles: 0,
        durationMs: 100,
        ...progress,
      },
    };
  },

  call(
    service: CallRecord["service"],
    region: string,
    fields: Partial<CallRecord> = {},
  ): AuditEvent {
    return {
      type: "call",
      call: {
        service,
        operation: "Describe",
        region,
        input: "{}",
        attempts: 1,
        durationMs: 10,
        throttles: 0,
        ...fields,
      },
    };
  },

  checkDone(statuses: Finding["status"][]): AuditEvent {
    const findings = statuses.map((status, index): Finding => ({
      id: `check:${index}`,
      checkId: "check",
      status,
      severity: "high",
      resource: { arn: `arn:aws:s3:::bucket-${index}`, type: "AWS::S3::Bucket", region: "global" },
      reason: "Reason.",
      evidence: {},
    }));
    return { type: "check-done", check: { id: "check" } as Check, findings };
  },
};

/** Collector parts mapped to their services the way the catalog maps them. */
export function serviceOf(part: InventoryPart): string {
  return part === "wafv2Cloudfront" ? "wafv2" : part;
}
