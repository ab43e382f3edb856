import type { InitializeMiddleware, Pluggable } from "@smithy/types";
import { iamActionFor, type ServiceName } from "./read-operations.js";

/** Thrown when code asks an auditor client to send an operation outside the read allow-list. */
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

  return {
    applyToStack(stack) {
      stack.add(guard, { step: "initialize", priority: "high", name: "threatAuditReadOnlyGuard" });
    },
  };
}
