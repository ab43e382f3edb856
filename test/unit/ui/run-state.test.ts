import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RunStateStore } from "../../../src/ui/run-state.js";
import { events, serviceOf } from "./audit-events.js";
import { reportFixture } from "./report-fixture.js";

function createStore() {
  return new RunStateStore({ checksTotal: 29, serviceOf });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("RunStateStore batching", () => {
  it("tells listeners once per batch", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);

    for (let index = 0; index < 500; index += 1) store.apply(events.call("rds", "eu-west-1"));
    vi.advanceTimersByTime(50);

    expect(listener).toHaveBeenCalledOnce();
  });

  it("keeps the snapshot until the batch ends", () => {
    const store = createStore();
    store.apply(events.start("rds", "eu-west-1"));

    expect(store.getSnapshot().rows).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(store.getSnapshot().rows).toHaveLength(1);
  });

  it("finish tells listeners at once", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.finish(reportFixture());

    expect(listener).toHaveBeenCalledOnce();
    expect(store.getSnapshot().phase).toBe("finished");
  });

  it("dispose stops the pending batch", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.apply(events.start("rds", "eu-west-1"));
    store.dispose();
    vi.advanceTimersByTime(50);

    expect(listener).not.toHaveBeenCalled();
  });
});

describe("RunStateStore rows", () => {
  it("collect-start adds a running row", () => {
    const store = createStore();
    store.apply(events.start("rds", "eu-west-1", "RDS"));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows[0]).toMatchObject({
      label: "RDS",
      region: "eu-west-1",
      state: "running",
    });
  });

  it("running row counts its service's calls since it started", () => {
    const store = createStore();
    store.apply(events.call("rds", "eu-west-1"));
    store.apply(events.start("rds", "eu-west-1"));
    store.apply(events.call("rds", "eu-west-1", { attempts: 3, throttles: 2 }));
    store.apply(events.call("rds", "us-east-1"));
    store.apply(events.call("sqs", "eu-west-1"));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows[0]?.tally).toEqual({
      calls: 1,
      retries: 2,
      throttles: 2,
      errors: 0,
    });
  });

  it("global row counts calls in every region", () => {
    const store = createStore();
    store.apply(events.start("s3", "global"));
    store.apply(events.call("s3", "us-east-1"));
    store.apply(events.call("s3", "eu-west-1", { errorCode: "AccessDenied" }));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows[0]?.tally).toMatchObject({ calls: 2, errors: 1 });
  });

  it("collect-done takes the engine's counts", () => {
    const store = createStore();
    store.apply(events.start("rds", "eu-west-1"));
    store.apply(events.call("rds", "eu-west-1"));
    store.apply(events.done("rds", "eu-west-1", { resources: 4, calls: 7, retries: 1 }));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows[0]).toMatchObject({
      state: "done",
      resources: 4,
      tally: { calls: 7, retries: 1, throttles: 0 },
    });
  });

  it("failed run names the error and action", () => {
    const store = createStore();
    store.apply(events.start("rds", "eu-west-1"));
    store.apply(
      events.done("rds", "eu-west-1", {
        error: {
          kind: "access_denied",
          service: "rds",
          operation: "DescribeDBClusters",
          region: "eu-west-1",
          action: "rds:DescribeDBClusters",
          code: "AccessDenied",
          message: "denied",
        },
      }),
    );
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows[0]).toMatchObject({
      state: "failed",
      failure: "AccessDenied on rds:DescribeDBClusters",
    });
  });

  it("keeps rows in start order", () => {
    const store = createStore();
    store.apply(events.start("rds", "eu-west-1"));
    store.apply(events.start("sqs", "eu-west-1"));
    store.apply(events.done("rds", "eu-west-1"));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().rows.map((row) => row.key)).toEqual([
      "rds/eu-west-1",
      "sqs/eu-west-1",
    ]);
  });
});

describe("RunStateStore totals", () => {
  it("counts every call", () => {
    const store = createStore();
    store.apply(events.call("rds", "eu-west-1", { attempts: 2 }));
    store.apply(events.call("sqs", "eu-west-1", { errorCode: "Throttling", throttles: 5 }));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot().calls).toEqual({ calls: 2, retries: 1, throttles: 5, errors: 1 });
  });

  it("counts checks and failing findings", () => {
    const store = createStore();
    store.apply(events.checkDone(["fail", "pass", "fail"]));
    store.apply(events.checkDone(["error"]));
    vi.advanceTimersByTime(50);

    expect(store.getSnapshot()).toMatchObject({
      checksDone: 2,
      checksTotal: 29,
      failingFindings: 2,
    });
  });
});
