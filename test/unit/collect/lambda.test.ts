import {
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
} from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CollectContext } from "../../../src/collect/collector.js";
import { lambdaCollector } from "../../../src/collect/lambda.js";
import { awsError, contextFor, regionOf } from "./mock-context.js";

const REGION = "eu-west-1";
const ROLE = "arn:aws:iam::111122223333:role/example-fn-role";
const QUEUE = "arn:aws:sqs:eu-west-1:111122223333:example-queue";

const lambda = mockClient(LambdaClient);
let context: CollectContext;

beforeEach(() => {
  lambda.reset();
  context = contextFor([REGION]);
  lambda.on(ListFunctionsCommand).resolves({ Functions: [] });
  lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] });
});

afterEach(() => context.clients.destroy());

function listedFunction(name: string) {
  return {
    FunctionName: name,
    FunctionArn: `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
    Role: ROLE,
  };
}

describe("lambdaCollector", () => {
  it("follows ListFunctions markers", async () => {
    lambda
      .on(ListFunctionsCommand)
      .resolves({ Functions: [listedFunction("first")], NextMarker: "page-2" });
    lambda
      .on(ListFunctionsCommand, { Marker: "page-2" })
      .resolves({ Functions: [listedFunction("second")] });

    const region = await lambdaCollector.collect(context, REGION);

    expect(region.functions.map((found) => found.name)).toEqual(["first", "second"]);
    expect(lambda.commandCalls(ListFunctionsCommand)).toHaveLength(2);
    expect(await regionOf(lambda.commandCalls(ListFunctionsCommand)[0]!.thisValue)).toBe(REGION);
  });

  it("converts a function", async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [{ ...listedFunction("example-fn"), Runtime: "nodejs20.x" }],
    });

    const region = await lambdaCollector.collect(context, REGION);

    expect(region.functions).toEqual([
      {
        arn: "arn:aws:lambda:eu-west-1:111122223333:function:example-fn",
        name: "example-fn",
        role: ROLE,
        runtime: "nodejs20.x",
        inVpc: false,
      },
    ]);
  });

  it("marks functions with subnets as in a VPC", async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [
        {
          ...listedFunction("attached"),
          VpcConfig: { SubnetIds: ["subnet-1"], SecurityGroupIds: ["sg-1"] },
        },
        { ...listedFunction("detached"), VpcConfig: { SubnetIds: [], SecurityGroupIds: [] } },
      ],
    });

    const region = await lambdaCollector.collect(context, REGION);

    expect(region.functions.map((found) => found.inVpc)).toEqual([true, false]);
  });

  it("follows ListEventSourceMappings markers", async () => {
    lambda.on(ListEventSourceMappingsCommand).resolves({
      EventSourceMappings: [
        {
          UUID: "1",
          FunctionArn: listedFunction("worker").FunctionArn,
          EventSourceArn: QUEUE,
          State: "Enabled",
        },
      ],
      NextMarker: "page-2",
    });
    lambda.on(ListEventSourceMappingsCommand, { Marker: "page-2" }).resolves({
      EventSourceMappings: [{ UUID: "2", FunctionArn: listedFunction("other").FunctionArn }],
    });

    const region = await lambdaCollector.collect(context, REGION);

    expect(region.eventSourceMappings).toEqual({
      ok: true,
      value: [
        {
          uuid: "1",
          functionArn: listedFunction("worker").FunctionArn,
          eventSourceArn: QUEUE,
          state: "Enabled",
        },
        { uuid: "2", functionArn: listedFunction("other").FunctionArn },
      ],
    });
    const calls = lambda.commandCalls(ListEventSourceMappingsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0].input.FunctionName).toBeUndefined();
  });

  it("keeps functions when mappings are denied", async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [listedFunction("example-fn")] });
    lambda.on(ListEventSourceMappingsCommand).rejects(awsError("AccessDeniedException", 403));

    const region = await lambdaCollector.collect(context, REGION);

    expect(region.functions).toHaveLength(1);
    expect(region.eventSourceMappings.ok).toBe(false);
    if (region.eventSourceMappings.ok) return;
    expect(region.eventSourceMappings.error.kind).toBe("access_denied");
    expect(region.eventSourceMappings.error.action).toBe("lambda:ListEventSourceMappings");
  });

  it("propagates a ListFunctions failure", async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError("AccessDeniedException", 403));

    await expect(lambdaCollector.collect(context, REGION)).rejects.toThrow("AccessDeniedException");
  });

  it("declares every IAM action it calls", () => {
    expect(lambdaCollector.actions).toEqual([
      "lambda:ListFunctions",
      "lambda:ListEventSourceMappings",
    ]);
  });
});
