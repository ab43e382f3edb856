import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { events, serviceOf } from "../../test/unit/ui/audit-events.js";
import { frameLines, KEY, press, settle } from "../../test/unit/ui/ink-keys.js";
import { reportFixture } from "../../test/unit/ui/report-fixture.js";
import type { InventoryPart } from "../collect/inventory.js";
import { Dashboard } from "./Dashboard.js";
import { RunStateStore } from "./run-state.js";
import type { TerminalSize } from "./use-terminal-size.js";

const START = 1_000_000;
const clock = () => START + 2_500;

function renderDashboard(size: TerminalSize = { columns: 80, rows: 24 }) {
  const store = new RunStateStore({ checksTotal: 29, serviceOf, batchMs: 1, now: () => START });
  const onInterrupt = vi.fn();
  const app = render(
    <Dashboard
      store={store}
      colors={false}
      exportReport={() => Promise.resolve("/tmp/report.json")}
      onInterrupt={onInterrupt}
      size={size}
      clock={clock}
    />,
  );
  return { app, store, onInterrupt };
}

afterEach(() => {
  cleanup();
});

describe("Dashboard while collecting", () => {
  it("renders the progress at 80x24", async () => {
    const { app, store } = renderDashboard();
    store.apply(events.start("rds", "eu-west-1", "RDS"));
    store.apply(events.call("rds", "eu-west-1", { attempts: 2 }));
    store.apply(events.start("s3", "global", "S3"));
    store.apply(events.start("sqs", "eu-west-1", "SQS"));
    store.apply(events.done("sqs", "eu-west-1", { resources: 3, calls: 4, durationMs: 812 }));
    store.apply(events.checkDone(["fail", "pass"]));
    await settle();

    expect(app.lastFrame()).toMatchSnapshot();
  });

  it("fits 17 regions of 15 services in 24 rows", async () => {
    const { app, store } = renderDashboard();
    const parts: InventoryPart[] = ["rds", "elbv2", "ecs", "sqs", "sns", "kms", "wafv2", "lambda"];
    for (let region = 0; region < 17; region += 1) {
      for (let service = 0; service < 15; service += 1) {
        const part = parts[service % parts.length] ?? "rds";
        const name = `eu-test-${region}-${service}`;
        store.apply(events.start(part, name));
        if (service % 2 === 0) store.apply(events.done(part, name));
      }
    }
    await settle();
    const lines = frameLines(app);

    expect(lines.length).toBeLessThanOrEqual(23);
    expect(app.lastFrame()).toContain("Collectors 136/255");
    expect(app.lastFrame()).toMatch(/… \d+ more, \d+ of them running/);
  });

  it("ctrl-c interrupts the audit", async () => {
    const { app, onInterrupt } = renderDashboard();
    await press(app, KEY.ctrlC);

    expect(onInterrupt).toHaveBeenCalledOnce();
  });

  it("other keys do not interrupt", async () => {
    const { app, onInterrupt } = renderDashboard();
    await press(app, "q", KEY.escape);

    expect(onInterrupt).not.toHaveBeenCalled();
  });
});

describe("Dashboard after the audit", () => {
  it("switches to the report browser", async () => {
    const { app, store } = renderDashboard();
    store.finish(reportFixture());
    await settle();

    expect(app.lastFrame()).toContain("Threats (4)");
  });

  it("q leaves only the report header", async () => {
    const { app, store } = renderDashboard();
    store.finish(reportFixture());
    await settle();
    await press(app, "q");

    expect(frameLines(app)).toHaveLength(5);
    expect(app.lastFrame()).toContain("exit 1 (fails on high)");
  });
});
