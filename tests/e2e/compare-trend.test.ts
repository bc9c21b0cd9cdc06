// The compare page with few and many saved periods: the trend charts and their table at 2 and 24
// periods, and how fast a comparison updates after the coach picks another period.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";
import { projectRoot } from "../helpers/paths.ts";

const env = useBrowserAndSite();
const screenshots = join(projectRoot, "tests/.tmp/screenshots");
const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 24 months from January 2025, each a little different, a note on every fifth. */
function backupOf(count: number): { text: string; names: string[]; notes: string[] } {
  const periods = Array.from({ length: count }, (_, i) => {
    const awareness = 800 + 37 * i;
    const consideration = Math.round(awareness * (0.25 + 0.006 * i));
    const decision = Math.round(consideration * (0.12 + 0.004 * (i % 7)));
    const retention = Math.round(decision * (0.3 + 0.01 * (i % 5)));
    return {
      id: `period-${String(i).padStart(2, "0")}`,
      name: `${months[i % 12]} ${2025 + Math.floor(i / 12)}`,
      savedAt: new Date(Date.UTC(2025, i, 28)).toISOString(),
      note: i % 5 === 2 ? `Changed the offer in month ${i + 1}` : "",
      counts: [awareness, consideration, decision, retention, Math.round(retention * 0.4)],
      labels: stages.map(() => ""),
      targets: stages.slice(1).map((stage) => stage.targetRate ?? 1),
      prices: { decision: null, retention: null, currency: "GBP" },
    };
  });
  return {
    text: JSON.stringify({ version: 1, periods }, null, 2),
    names: periods.map((p) => p.name),
    notes: periods.map((p) => p.note),
  };
}

async function restore(page: Page, text: string): Promise<void> {
  await page
    .locator("#restore-file")
    .setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
}

async function openCompare(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${env.origin}/calculator/compare/`);
  await page.waitForSelector("html.js");
}

interface ChartFacts {
  /** Pixels the chart painted (not transparent). */
  painted: number;
  width: number;
  rotation: number;
  /** The x-axis labels Chart.js kept, with where each one's text starts and ends. */
  labels: { text: string; left: number; right: number; size: number }[];
  pointStyles: string[];
  /** Each period's rate point and band edges, in pixels: null where nothing is drawn. */
  points: { x: number; y: number | null; low: number | null; high: number | null }[];
  area: { left: number; right: number; top: number; bottom: number };
}

/** What each trend chart drew, read from the chart on its canvas (trend-chart.ts puts it there). */
async function chartFacts(page: Page): Promise<ChartFacts[]> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement & { trendChart?: unknown }>(".trend-chart canvas")].every(
      (canvas) => canvas.trendChart,
    ),
  );
  return page.evaluate(() => {
    type Scale = {
      labelRotation: number;
      getLabelItems(): { label: string; font: { string: string; size: number }; options: { translation: number[] } }[];
    };
    type Element = { x: number; y: number; skip: boolean };
    type Chart = {
      scales: { x: Scale };
      chartArea: { left: number; right: number; top: number; bottom: number };
      data: { datasets: { pointStyle?: string[] }[] };
      getDatasetMeta(index: number): { data: Element[] };
    };
    const measure = document.createElement("canvas").getContext("2d")!;
    return [...document.querySelectorAll<HTMLCanvasElement & { trendChart: Chart }>(".trend-chart canvas")].map(
      (canvas) => {
        const chart = canvas.trendChart;
        const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted += 1;
        const labels = chart.scales.x.getLabelItems().map((item) => {
          measure.font = item.font.string;
          const width = measure.measureText(item.label).width;
          const x = item.options.translation[0]!;
          return { text: item.label, left: x - width / 2, right: x + width / 2, size: item.font.size };
        });
        const at = (element: Element | undefined) => (element && !element.skip ? element.y : null);
        const [high, low, rate] = [0, 1, 2].map((i) => chart.getDatasetMeta(i).data);
        return {
          painted,
          width: canvas.clientWidth,
          rotation: chart.scales.x.labelRotation,
          labels,
          pointStyles: chart.data.datasets[2]?.pointStyle ?? [],
          points: rate!.map((point, i) => ({ x: point.x, y: at(point), low: at(low![i]), high: at(high![i]) })),
          area: chart.chartArea,
        };
      },
    );
  });
}

async function checkTrend(page: Page, names: string[], notes: string[], label: string): Promise<ChartFacts[]> {
  await page
    .locator(".trend-table tbody tr")
    .nth(names.length - 1)
    .waitFor();
  // The table: every period, oldest first, with its note.
  expect(await page.locator(".trend-table tbody th").allInnerTexts()).toEqual(names);
  expect(await page.locator(".trend-table tbody td:last-child").allTextContents()).toEqual(notes);
  const charts = await chartFacts(page);
  expect(charts.length).toBe(stages.length - 1);
  for (const chart of charts) {
    expect(chart.painted, label).toBeGreaterThan(1000);
    // Every period has its point inside the plot, with its band around it.
    expect(chart.points.length).toBe(names.length);
    for (const point of chart.points) {
      expect(point.x).toBeGreaterThan(chart.area.left);
      expect(point.x).toBeLessThan(chart.area.right);
      expect(point.y).not.toBeNull();
      expect(point.high!).toBeLessThanOrEqual(point.y!);
      expect(point.low!).toBeGreaterThanOrEqual(point.y!);
    }
    // A note is a triangle, and only a note.
    expect(chart.pointStyles).toEqual(notes.map((note) => (note ? "triangle" : "circle")));
    // The axis labels are level, at least 12 px, inside the canvas, a gap apart, and in period order.
    expect(chart.rotation, label).toBe(0);
    expect(chart.labels.length).toBeGreaterThanOrEqual(2);
    for (const [i, axisLabel] of chart.labels.entries()) {
      expect(axisLabel.size).toBeGreaterThanOrEqual(12);
      expect(axisLabel.left, `${label}: ${axisLabel.text}`).toBeGreaterThanOrEqual(0);
      expect(axisLabel.right, `${label}: ${axisLabel.text}`).toBeLessThanOrEqual(chart.width);
      const next = chart.labels[i + 1];
      if (next) expect(next.left - axisLabel.right, `${label}: ${axisLabel.text} | ${next.text}`).toBeGreaterThan(4);
    }
    const order = chart.labels.map((l) => names.indexOf(l.text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }
  return charts;
}

async function screenshotTrend(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.locator("#trend-heading").scrollIntoViewIfNeeded();
  const [top, bottom] = await page.evaluate(() => [
    document.querySelector("#trend-heading")!.getBoundingClientRect().top + window.scrollY,
    document.querySelector(".trend-grid")!.getBoundingClientRect().bottom + window.scrollY,
  ]);
  const width = page.viewportSize()!.width;
  await page.screenshot({
    path: join(screenshots, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: top! - 8, width, height: bottom! - top! + 16 },
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

describe("comparing many periods", () => {
  it("the trend with 2 periods, imported from a pasted table, shows both points, the band and the note", async () => {
    for (const width of [390, 1440]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await openCompare(page, width);
      await page
        .locator("#import-text")
        .fill("November 2026\t1000\t300\t40\t12\t5\nDecember 2026\t1200\t380\t52\t15\t6");
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("button", { name: "Import the valid rows" }).click();
      await page.getByText("Imported 2 periods.").waitFor();
      // The note, written the way a coach writes it: on the saved period.
      await page.getByTestId("period").nth(1).getByRole("button", { name: "Rename or edit note" }).click();
      await page.locator(".period__edit textarea").fill("New discovery-call script");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Saved the changes to “November 2026”.").waitFor();
      await page.locator(".trend-table tbody td:last-child").first().filter({ hasText: "New discovery" }).waitFor();
      const charts = await checkTrend(
        page,
        ["November 2026", "December 2026"],
        ["New discovery-call script", ""],
        `2 periods at ${width} px`,
      );
      // With two periods, both names stay on the axis.
      for (const chart of charts) expect(chart.labels.map((l) => l.text)).toEqual(["November 2026", "December 2026"]);
      await screenshotTrend(page, `trend-2-${width}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("the trend with 24 periods, restored from a backup, keeps its axis labels apart on a phone and a wide screen", async () => {
    const backup = backupOf(24);
    for (const width of [390, 1440]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await openCompare(page, width);
      await restore(page, backup.text);
      await page.getByText("Restored 24 periods").waitFor();
      const charts = await checkTrend(page, backup.names, backup.notes, `24 periods at ${width} px`);
      // Some labels are skipped to keep the rest apart, never all but one.
      for (const chart of charts) expect(chart.labels.length).toBeLessThan(24);
      await screenshotTrend(page, `trend-24-${width}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("updates the comparison on the next paint after the coach picks another period (24 saved)", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await openCompare(page, 1440);
    const backup = backupOf(24);
    await restore(page, backup.text);
    await page.locator(".trend-table tbody tr").nth(23).waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".trend-chart canvas").length > 0);
    // The chart has painted: the timing starts from a page at rest.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Every pick: "before" becomes another period; time from the change event to the frame after
    // the paint that shows it (a requestAnimationFrame, then a message, which runs after that paint).
    const result = await page.evaluate(async (count) => {
      const select = document.querySelector<HTMLSelectElement>("#before-period")!;
      const after = document.querySelector<HTMLSelectElement>("#after-period")!.value;
      const options = [...select.options].filter((o) => o.value !== after);
      const toPaint: number[] = [];
      const script: number[] = [];
      const seen: { picked: string; title: string; before: string }[] = [];
      for (let i = 0; i < count; i++) {
        const option = options[(i * 7) % options.length]!;
        select.value = option.value;
        const start = performance.now();
        select.dispatchEvent(new Event("change", { bubbles: true }));
        await new Promise<void>((resolve) => queueMicrotask(resolve));
        script.push(performance.now() - start);
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            seen.push({
              picked: option.textContent ?? "",
              title: document.querySelector("#comparison-heading")?.textContent ?? "",
              before: document.querySelector('[data-testid="compare-row"] td')?.textContent ?? "",
            });
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              toPaint.push(performance.now() - start);
              resolve();
            };
            channel.port2.postMessage(null);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return { toPaint, script, seen };
    }, 21);
    console.info(
      `[speed] compare update median ${median(result.toPaint).toFixed(1)} ms to the next paint ` +
        `(script ${median(result.script).toFixed(1)} ms; ${result.toPaint.length} picks of 24 periods)`,
    );
    // Each pick shows the picked period's own numbers in the first row, by the frame that paints it.
    for (const { picked, title, before } of result.seen) {
      expect(title).toBe(`${picked} compared with December 2026`);
      const period = JSON.parse(backup.text).periods.find((p: { name: string }) => p.name === picked);
      const [awareness, consideration] = period.counts as number[];
      expect(before).toContain(`(${consideration!.toLocaleString("en-GB")} of ${awareness!.toLocaleString("en-GB")})`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
