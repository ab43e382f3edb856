import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import {
  BUCKET_ARN,
  CLUSTER_ARN,
  largeReportFixture,
  reportFixture,
} from "../../test/unit/ui/report-fixture.js";
import { frameLines, KEY, press, selectedRow } from "../../test/unit/ui/ink-keys.js";
import type { AuditReport } from "../report/report-types.js";
import { ReportBrowser } from "./ReportBrowser.js";
import type { TerminalSize } from "./use-terminal-size.js";

const SMALL: TerminalSize = { columns: 80, rows: 24 };

function renderBrowser(
  options: {
    report?: AuditReport;
    size?: TerminalSize;
    onQuit?: () => void;
    exportReport?: (report: AuditReport) => Promise<string>;
  } = {},
) {
  return render(
    <ReportBrowser
      report={options.report ?? reportFixture()}
      size={options.size ?? SMALL}
      onQuit={options.onQuit ?? (() => undefined)}
      exportReport={options.exportReport ?? (() => Promise.resolve("/tmp/report.json"))}
    />,
  );
}

afterEach(() => {
  cleanup();
});

describe("ReportBrowser frames", () => {
  it("renders the threats at 80x24", () => {
    expect(renderBrowser().lastFrame()).toMatchSnapshot();
  });

  it("renders a finding's detail at 100x30", async () => {
    const app = renderBrowser({ size: { columns: 100, rows: 30 } });
    await press(app, KEY.enter, KEY.enter);

    expect(app.lastFrame()).toMatchSnapshot();
  });

  it("fits 80x24 in every pane", async () => {
    const app = renderBrowser();
    for (const keys of [[], [KEY.enter], [KEY.enter], ["?"]]) {
      await press(app, ...keys);
      const lines = frameLines(app);

      expect(lines.length).toBeLessThanOrEqual(23);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    }
  });
});

describe("ReportBrowser keys", () => {
  it("j moves the threat selection down", async () => {
    const app = renderBrowser();
    await press(app, "j");

    expect(selectedRow(app, "left")).toContain("T002");
  });

  it("arrow up moves it back", async () => {
    const app = renderBrowser();
    await press(app, KEY.down, KEY.down, KEY.up);

    expect(selectedRow(app, "left")).toContain("T002");
  });

  it("G and g select the last and first threat", async () => {
    const app = renderBrowser();
    await press(app, "G");
    expect(selectedRow(app, "left")).toContain("T004");

    await press(app, "g");
    expect(selectedRow(app, "left")).toContain("T001");
  });

  it("keys typed in one read are each handled", async () => {
    const app = renderBrowser();
    await press(app, "jj");

    expect(selectedRow(app, "left")).toContain("T003");
  });

  it("tab focuses the findings pane", async () => {
    const app = renderBrowser();
    await press(app, KEY.tab);

    expect(app.lastFrame()).toContain("▸ T001 findings");
  });

  it("enter twice opens the failing finding's detail", async () => {
    const app = renderBrowser({ size: { columns: 100, rows: 30 } });
    await press(app, KEY.enter, KEY.enter);

    expect(app.lastFrame()).toContain(CLUSTER_ARN);
    expect(app.lastFrame()).toContain("rds.force_ssl is 0.");
  });

  it("l and h open and leave the detail", async () => {
    const app = renderBrowser({ size: { columns: 100, rows: 30 } });
    await press(app, "l", "l");
    expect(app.lastFrame()).toContain("▸ Finding");

    await press(app, "h");
    expect(app.lastFrame()).toContain("▸ T001 findings");
  });

  it("esc goes back from the detail to the findings", async () => {
    const app = renderBrowser();
    await press(app, KEY.enter, KEY.enter, KEY.escape);

    expect(app.lastFrame()).toContain("▸ T001 findings");
  });

  it("detail scrolls with j", async () => {
    const app = renderBrowser();
    await press(app, KEY.enter, KEY.enter);
    const before = frameLines(app).find((line) => line.includes("more lines"));
    await press(app, "j");
    const after = frameLines(app).find((line) => line.includes("more lines"));

    expect(after).not.toEqual(before);
  });

  it("findings list failing first", async () => {
    const app = renderBrowser();
    await press(app, KEY.enter);

    expect(selectedRow(app, "right")).toContain("FAIL");
  });

  it("? shows the help and any key closes it", async () => {
    const app = renderBrowser();
    await press(app, "?");
    expect(app.lastFrame()).toContain("Keys (any key closes this help)");

    await press(app, "x");
    expect(app.lastFrame()).not.toContain("Keys (any key closes this help)");
  });

  it("q quits", async () => {
    const onQuit = vi.fn();
    const app = renderBrowser({ onQuit });
    await press(app, "q");

    expect(onQuit).toHaveBeenCalledOnce();
  });

  it("ctrl-c quits", async () => {
    const onQuit = vi.fn();
    const app = renderBrowser({ onQuit });
    await press(app, KEY.ctrlC);

    expect(onQuit).toHaveBeenCalledOnce();
  });
});

describe("ReportBrowser filters", () => {
  it("/ filters threats as typed", async () => {
    const app = renderBrowser();
    await press(app, "/", "l", "i", "s", "t");

    expect(app.lastFrame()).toContain("Threats (1)");
    expect(selectedRow(app, "left")).toContain("T002");
  });

  it("filter shows what is typed", async () => {
    const app = renderBrowser();
    await press(app, "/", "webshop");

    expect(app.lastFrame()).toContain("Filter: webshop");
  });

  it("backspace removes a filter character", async () => {
    const app = renderBrowser();
    await press(app, "/", "listx", KEY.backspace);

    expect(app.lastFrame()).toContain("Filter: list▏");
  });

  it("esc clears the filter", async () => {
    const app = renderBrowser();
    await press(app, "/", "listener", KEY.escape);

    expect(app.lastFrame()).toContain("Threats (4)");
  });

  it("enter keeps the filter and j moves again", async () => {
    const app = renderBrowser();
    await press(app, "/", "T00", KEY.enter, "j");

    expect(selectedRow(app, "left")).toContain("T002");
  });

  it("f shows failing findings only", async () => {
    const app = renderBrowser();
    await press(app, "f");

    expect(app.lastFrame()).toContain("Threats (1)");
    expect(app.lastFrame()).toContain("failing only · 1 of 4 findings");
  });

  it("s cycles the severity floor to high", async () => {
    const app = renderBrowser();
    await press(app, "s", "s", "s");

    expect(app.lastFrame()).toContain("severity ≥ high");
    expect(app.lastFrame()).toContain("Threats (2)");
  });

  it("s after critical clears the floor", async () => {
    const app = renderBrowser();
    await press(app, "s", "s", "s", "s", "s");

    expect(app.lastFrame()).not.toContain("severity ≥");
  });

  it("severity floor keeps the critical error", async () => {
    const app = renderBrowser();
    await press(app, "s", "s", "s", "s");

    expect(selectedRow(app, "right")).toContain("ERROR");
  });
});

describe("ReportBrowser export", () => {
  it("e writes the report and says where", async () => {
    const exportReport = vi.fn(() => Promise.resolve("/work/threat-audit-report.json"));
    const app = renderBrowser({ exportReport });
    await press(app, "e");

    expect(exportReport).toHaveBeenCalledOnce();
    expect(app.lastFrame()).toContain("Wrote the JSON report to /work/threat-audit-report.json.");
  });

  it("e shows why writing failed", async () => {
    const failure = Object.assign(new Error("Could not write the report file /ro/r.json."), {
      fix: "Choose a writable folder.",
    });
    const app = renderBrowser({ exportReport: () => Promise.reject(failure) });
    await press(app, "e");

    expect(app.lastFrame()).toContain(
      "Could not write the report file /ro/r.json. Choose a writable folder.",
    );
  });

  it("next key clears the message", async () => {
    const app = renderBrowser();
    await press(app, "e", "j");

    expect(app.lastFrame()).not.toContain("Wrote the JSON report");
  });
});

describe("ReportBrowser with 10,000 findings", () => {
  const report = largeReportFixture(10_000);

  it("G selects the last finding", async () => {
    const app = renderBrowser({ report });
    await press(app, KEY.enter, "G");

    // Failing findings come first, so the last row is the last passing cluster.
    expect(selectedRow(app, "right")).toContain("db-09998");
  });

  it("renders only the visible window", async () => {
    const app = renderBrowser({ report });
    await press(app, KEY.enter, "G");
    const rows = frameLines(app).filter((line) => line.includes("db-0"));

    expect(rows.length).toBe(24 - 1 - 5 - 2 - 3);
  });

  it("page down moves one window", async () => {
    const app = renderBrowser({ report });
    await press(app, KEY.enter, "\u001B[6~");

    // 13 rows fit; a page keeps one row in view, so the 13th failing cluster is selected.
    expect(selectedRow(app, "right")).toContain("db-00036");
  });

  it("failing only counts every third finding", async () => {
    const app = renderBrowser({ report });
    await press(app, "f");

    expect(app.lastFrame()).toContain("3334 of 10000 findings");
  });
});

it("unmapped findings get their own entry", () => {
  const report = reportFixture();
  report.findings.push({
    ...report.findings[0]!,
    id: "x",
    controlId: "x.unmapped",
    threats: [],
    resource: { arn: BUCKET_ARN, type: "AWS::S3::Bucket", region: "eu-west-1" },
  });
  const app = renderBrowser({ report, size: { columns: 100, rows: 30 } });

  expect(app.lastFrame()).toContain("OTHER");
});
