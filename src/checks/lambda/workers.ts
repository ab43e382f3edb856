import type { Collected } from "../../collect/collected.js";
import type { EventSourceMapping, LambdaFunction } from "../../collect/inventory.js";

const SQS_ARN = /^arn:[^:]+:sqs:/;

/** The SQS queues that feed a function through event source mappings, or why they are unknown. */
export interface QueueSources {
  /** Queue names, empty when the function is no worker or the mappings could not be read. */
  queues: string[];
  evidence: unknown;
}

/**
 * Finds the event source mappings from SQS queues to the function. A mapping may name a version or
 * alias of the function (`FUNCTION_ARN:alias`), which counts as the function.
 */
export function findQueueSources(
  lambdaFunction: LambdaFunction,
  mappings: Collected<EventSourceMapping[]>,
): QueueSources {
  if (!mappings.ok) return { queues: [], evidence: { Unread: mappings.error.action } };

  const sources = mappings.value.filter(
    (mapping) =>
      (mapping.functionArn === lambdaFunction.arn ||
        mapping.functionArn.startsWith(`${lambdaFunction.arn}:`)) &&
      SQS_ARN.test(mapping.eventSourceArn ?? ""),
  );

  return {
    queues: sources.map((mapping) => (mapping.eventSourceArn ?? "").split(":").at(-1) ?? ""),
    evidence: sources.map((mapping) => ({ Queue: mapping.eventSourceArn, State: mapping.state })),
  };
}

/** Phrases the function for reasons, such as "Function example-fn (worker for queue example-jobs)". */
export function describeFunction(lambdaFunction: LambdaFunction, queues: string[]): string {
  if (queues.length === 0) return `Function ${lambdaFunction.name}`;

  const noun = queues.length === 1 ? "queue" : "queues";
  return `Function ${lambdaFunction.name} (worker for ${noun} ${queues.join(", ")})`;
}
