import { describe, expect, test } from "vitest";

import { actionDataVersion, actionsOfService } from "../../../src/policy/action-data.js";
import { expandAction } from "../../../src/policy/actions.js";

function levelOf(action: string): string | undefined {
  const [service = ""] = action.split(":");
  return actionsOfService(service)?.find(({ name }) => name === action)?.accessLevel;
}

describe("actionsOfService", () => {
  test("SetQueueAttributes is permissions management", () => {
    expect(levelOf("sqs:SetQueueAttributes")).toBe("Permissions management");
  });

  test("TagQueue is tagging", () => {
    expect(levelOf("sqs:TagQueue")).toBe("Tagging");
  });

  test("ReceiveMessage is read", () => {
    expect(levelOf("sqs:ReceiveMessage")).toBe("Read");
  });

  test("unknown service", () => {
    expect(actionsOfService("examplesvc")).toBeUndefined();
  });

  test("path in service name", () => {
    expect(actionsOfService("../package")).toBeUndefined();
  });

  test("data version", () => {
    expect(actionDataVersion()).toMatch(/^\d+\.\d+\.\d{9}$/);
  });
});

describe("expandAction", () => {
  test("name wildcard", () => {
    const expanded = expandAction("sqs:Delete*");
    const names = expanded.kind === "actions" ? expanded.actions.map(({ name }) => name) : [];

    expect(names.sort()).toEqual(["sqs:DeleteMessage", "sqs:DeleteQueue"]);
  });

  test("single-character wildcard", () => {
    const expanded = expandAction("sqs:?urgeQueue");
    const names = expanded.kind === "actions" ? expanded.actions.map(({ name }) => name) : [];

    expect(names).toEqual(["sqs:PurgeQueue"]);
  });

  test("service wildcard", () => {
    expect(expandAction("sqs:*").kind).toBe("service-wildcard");
  });

  test("every action", () => {
    expect(expandAction("*").kind).toBe("all-services");
  });

  test("missing service prefix", () => {
    expect(expandAction("SendMessage").kind).toBe("unknown");
  });

  test("no matching action", () => {
    expect(expandAction("sqs:Frobnicate*").kind).toBe("unknown");
  });
});
