import type { FinalizeRequestMiddleware, InitializeMiddleware, Pluggable } from "@smithy/types";
import { operationFromCommandName } from "./read-only-guard.js";
import type { ServiceName } from "./read-operations.js";

/** One finished AWS call, successful or not. Never carries credentials or request bodies. */
export interface CallRecord {
  service: ServiceName;
  operation: string;
  region: string;
  /** The request's parameters as JSON, to tell repeated calls apart. Read requests carry no secrets. */
  input: string;
  /** Attempts made, retries included. */
  attempts: number;
  durationMs: number;
  /** Error code when the call failed after all retries. */
  errorCode?: string;
  /** Attempts that failed with a throttling error. */
  throttles: number;
}

/** Call site of an error, attached to every error a tracked client throws. */
export interface CallSite {
  service: ServiceName;
  operation: string;
  region: string;
}

const CALL_SITE = Symbol.for("threat-audit.callSite");

/** Attaches a call site to an error raised outside a client, e.g. by a pagination guard. */
export function tagCallSite(error: object, site: CallSite): void {
  Object.defineProperty(error, CALL_SITE, { value: site, enumerable: false });
}

export function callSiteOf(error: unknown): CallSite | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  return (error as { [CALL_SITE]?: CallSite })[CALL_SITE];
}

/**
 * Middleware that runs each call through `schedule` (the per-service, per-region concurrency
 * limit), reports a CallRecord when it settles, and tags errors with their call site.
 */
export function callTracker(
  service: ServiceName,
  region: string,
  schedule: <T>(task: () => Promise<T>) => Promise<T>,
  onCall: (record: CallRecord) => void,
): Pluggable<object, object> {
  const tracker: InitializeMiddleware<object, object> = (next, context) => async (args) => {
    const operation = operationFromCommandName(String(context.commandName ?? ""));
    const input = JSON.stringify((args as { input?: unknown }).input ?? {});
    return schedule(async () => {
      const started = performance.now();
      try {
        const output = await next(args);
        const metadata = (output.output as { $metadata?: { attempts?: number } }).$metadata;
        onCall({
          service,
          operation,
          region,
          input,
          attempts: metadata?.attempts ?? 1,
          durationMs: performance.now() - started,
          throttles: throttlesOf(context),
        });
        return output;
      } catch (error) {
        const metadata = (error as { $metadata?: { attempts?: number } }).$metadata;
        const code = (error as { name?: string }).name ?? "Error";
        onCall({
          service,
          operation,
          region,
          input,
          attempts: metadata?.attempts ?? 1,
          durationMs: performance.now() - started,
          errorCode: code,
          throttles: throttlesOf(context),
        });
        if (typeof error === "object" && error !== null) {
          Object.defineProperty(error, CALL_SITE, {
            value: { service, operation, region },
            enumerable: false,
          });
        }
        throw error;
      }
    });
  };

  // Runs once per attempt, inside the retry loop, so it sees the throttling errors that retries hide.
  const throttleCounter: FinalizeRequestMiddleware<object, object> =
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isThrottlingCode((error as { name?: string }).name ?? "")) {
          const counted = context as { [THROTTLES]?: number };
          counted[THROTTLES] = (counted[THROTTLES] ?? 0) + 1;
        }
        throw error;
      }
    };

  return {
    applyToStack(stack) {
      stack.add(tracker, {
        step: "initialize",
        priority: "normal",
        name: "threatAuditCallTracker",
      });
      // In finalizeRequest below the retry middleware (priority high), so the counter runs once
      // per attempt and wraps the deserializer, whose parsed errors carry the throttling code.
      stack.add(throttleCounter, {
        step: "finalizeRequest",
        priority: "low",
        name: "threatAuditThrottleCounter",
      });
    },
  };
}

const THROTTLES = Symbol.for("threat-audit.throttles");

function throttlesOf(context: object): number {
  return (context as { [THROTTLES]?: number })[THROTTLES] ?? 0;
}

const THROTTLING_CODES = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ProvisionedThroughputExceededException",
  "PriorRequestNotComplete",
]);

export function isThrottlingCode(code: string): boolean {
  return THROTTLING_CODES.has(code);
}
