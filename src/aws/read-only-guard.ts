import type { BuildMiddleware, InitializeMiddleware, Pluggable } from "@smithy/types";
import { iamActionFor, type ServiceName } from "./read-operations.js";

/** Thrown when code requests an auditor client to send an operation outside the read allow-list. */
export class ReadOnlyViolation extends Error {
  override readonly name = "ReadOnlyViolation";

  constructor(
    readonly service: ServiceName,
    readonly operation: string,
  ) {
    super(
      `Refused to send ${service}:${operation}: the auditor sends only the read operations listed in src/aws/read-operations.ts.`,
    );
  }
}

/** Strips the `Command` suffix the SDK puts on command names in the middleware context. */
export function operationFromCommandName(commandName: string): string {
  return commandName.endsWith("Command") ? commandName.slice(0, -"Command".length) : commandName;
}

/**
 * Middleware that rejects any operation not in the allow-list. It runs in the initialize step,
 * so a rejected request is never serialized, signed or sent.
 */
export function readOnlyGuard(service: ServiceName): Pluggable<object, object> {
  const guard: InitializeMiddleware<object, object> = (next, context) => async (args) => {
    const operation = operationFromCommandName(String(context.commandName ?? ""));
    if (iamActionFor(service, operation) === undefined) {
      throw new ReadOnlyViolation(service, operation);
    }
    return next(args);
  };

  // A second check on the serialized request, before signing, so the guard stays in force even if other code changed
  // the command name in the middleware context that the first check reads.
  const wireGuard: BuildMiddleware<object, object> = (next) => async (args) => {
    const operation = operationOnTheWire(args.request);
    if (operation === undefined) {
      const method = (args.request as { method?: string }).method ?? "";
      if (method !== "GET" && method !== "HEAD")
        throw new ReadOnlyViolation(service, `${method} request`);
    } else if (iamActionFor(service, operation) === undefined) {
      throw new ReadOnlyViolation(service, operation);
    }
    return next(args);
  };

  return {
    applyToStack(stack) {
      stack.add(guard, { step: "initialize", priority: "high", name: "threatAuditReadOnlyGuard" });
      stack.add(wireGuard, { step: "build", priority: "low", name: "threatAuditWireGuard" });
    },
  };
}

/**
 * Returns the operation a serialized request names: the X-Amz-Target header of JSON protocols
 * (`AmazonSQS.ListQueues`) or the Action parameter of query protocols. REST protocols (S3,
 * CloudFront, Lambda) name none, so their reads are recognised by the GET or HEAD method.
 */
function operationOnTheWire(request: unknown): string | undefined {
  const { headers, body } = request as { headers?: Record<string, string>; body?: unknown };
  const target = Object.entries(headers ?? {}).find(
    ([name]) => name.toLowerCase() === "x-amz-target",
  )?.[1];
  if (target !== undefined) return target.slice(target.lastIndexOf(".") + 1);

  if (typeof body === "string" && /(^|&)Action=/.test(body)) {
    return new URLSearchParams(body).get("Action") ?? "";
  }
  return undefined;
}
