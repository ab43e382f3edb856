import { distinctPages } from "./pages.js";
import {
  paginateListEventSourceMappings,
  paginateListFunctions,
  type EventSourceMappingConfiguration,
  type FunctionConfiguration,
} from "@aws-sdk/client-lambda";
import type { AuditClient } from "../aws/clients.js";
import { actionsFor } from "../aws/read-operations.js";
import { attempt, type Collector } from "./collector.js";
import type { EventSourceMapping, LambdaFunction } from "./inventory.js";

type Client = AuditClient<"lambda">;

/**
 * Reads the region's Lambda functions with their execution roles, and the region's event source
 * mappings once. A failed ListEventSourceMappings is recorded next to the functions, but a
 * ListFunctions failure propagates.
 */
export const lambdaCollector: Collector<"lambda"> = {
  part: "lambda",
  service: "lambda",
  scope: "regional",
  label: "Lambda",
  actions: actionsFor("lambda", ["ListFunctions", "ListEventSourceMappings"]),

  async collect(context, region) {
    const client = context.clients.get("lambda", region);

    const [functions, eventSourceMappings] = await Promise.all([
      listFunctions(client),
      attempt({ service: "lambda", operation: "ListEventSourceMappings", region }, () =>
        listEventSourceMappings(client),
      ),
    ]);
    return { functions, eventSourceMappings };
  },

  countResources: (value) => value.functions.length,
};

async function listFunctions(client: Client): Promise<LambdaFunction[]> {
  const functions: LambdaFunction[] = [];
  for await (const page of distinctPages(
    paginateListFunctions({ client }, {}),
    "lambda",
    "ListFunctions",
  )) {
    functions.push(...(page.Functions ?? []).map(toLambdaFunction));
  }
  return functions;
}

function toLambdaFunction(configuration: FunctionConfiguration): LambdaFunction {
  const result: LambdaFunction = {
    arn: configuration.FunctionArn ?? "",
    name: configuration.FunctionName ?? "",
    role: configuration.Role ?? "",
    inVpc: (configuration.VpcConfig?.SubnetIds ?? []).length > 0,
  };
  if (configuration.Runtime !== undefined) result.runtime = configuration.Runtime;
  return result;
}

/** Lists every mapping of the region with no function filter, so one call chain serves all functions. */
async function listEventSourceMappings(client: Client): Promise<EventSourceMapping[]> {
  const mappings: EventSourceMapping[] = [];
  for await (const page of distinctPages(
    paginateListEventSourceMappings({ client }, {}),
    "lambda",
    "ListEventSourceMappings",
  )) {
    mappings.push(...(page.EventSourceMappings ?? []).map(toEventSourceMapping));
  }
  return mappings;
}

function toEventSourceMapping(mapping: EventSourceMappingConfiguration): EventSourceMapping {
  const result: EventSourceMapping = {
    uuid: mapping.UUID ?? "",
    functionArn: mapping.FunctionArn ?? "",
  };
  if (mapping.EventSourceArn !== undefined) result.eventSourceArn = mapping.EventSourceArn;
  if (mapping.State !== undefined) result.state = mapping.State;
  return result;
}
