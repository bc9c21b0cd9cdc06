// The quality gates of the live site, run on the copy built with six stages (tests/fixtures/six-stages):
// a sixth stage added by editing stages.json alone must give a site as valid, accessible, light and
// clean of content warnings as the five-stage one, on a phone and on a wide screen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tsImport } from "tsx/esm/api";
import type { ServedSite } from "../../scripts/lib/local-browser.ts";
import { launchBrowser, serveSite, watchForProblems } from "../helpers/browser.ts";
import { axeFindings, formatAxeFinding } from "../helpers/gates/axe.ts";
import { budgets, isReadingPage, overBudget, readingWeight } from "../helpers/gates/budgets.ts";
import { formatHtmlFinding, validateHtml } from "../helpers/gates/html-validity.ts";
import { cspOptionsFor, formatCspFinding, inlineCodeFindings } from "../helpers/gates/inline-code.ts";
import { addedStage, buildSixStageSite, sixStages } from "../helpers/six-stage-site.ts";
import { findBrokenLinks, htmlFiles } from "../helpers/site-files.ts";

let copyDir: string;
let output: string;
let remove: () => void;
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  ({ dir: copyDir, output, remove } = await buildSixStageSite());
  browser = await launchBrowser();
  site = await serveSite(output);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  remove?.();
});

describe("the six-stage site's content and output", () => {
  it("has no content problem, not even a warning (the added guide is a full guide)", async () => {
    // The copy's own modules, so the term and guide schemas read the copy's stages.json.
    type LoadContent = typeof import("../../src/content/load-content.ts");
    type ContentModel = typeof import("../../src/content/content-model.ts");
    const { loadContent } = (await tsImport(
      join(copyDir, "src/content/load-content.ts"),
      import.meta.url,
    )) as LoadContent;
    const { formatProblem } = (await tsImport(
      join(copyDir, "src/content/content-model.ts"),
      import.meta.url,
    )) as ContentModel;
    const model = loadContent({ root: copyDir, includeDrafts: false });
    expect(model.problems.map(formatProblem)).toEqual([]);
    expect(model.guides.map((guide) => guide.stage)).toContain(addedStage.id);
  });

  it("passes the Nu Html Checker on every page, with no broken link and no inline code", () => {
    const pages = htmlFiles(output);
    expect(pages).toContain(`guides/${addedStage.id}/index.html`);
    expect(pages).toContain(`glossary/stage/${addedStage.id}/index.html`);
    expect(
      validateHtml(
        pages.map((file) => join(output, file)),
        output,
      ).map(formatHtmlFinding),
    ).toEqual([]);
    expect(findBrokenLinks(output).map((l) => `${l.page} → ${l.target}: ${l.reason}`)).toEqual([]);
    const inline = pages.flatMap((file) =>
      inlineCodeFindings(file, readFileSync(join(output, file), "utf8"), cspOptionsFor(file)),
    );
    expect(inline.map(formatCspFinding)).toEqual([]);
  });

  it("keeps every reading page under its 14 KB gzip budget of HTML plus CSS", () => {
    const reading = htmlFiles(output).filter(isReadingPage);
    expect(reading.length).toBeGreaterThan(30);
    const failures = reading
      .map((file) => overBudget(file, readingWeight(output, file), budgets.readingPage))
      .filter(Boolean);
    expect(failures).toEqual([]);
  });
});

/** Types six counts into the calculator, as a person would, so the answer and the chart are on the page. */
async function fillCalculator(page: Page): Promise<void> {
  const counts = [1000, 600, 150, 100, 50, 5];
  for (const [i, stage] of sixStages.entries()) await page.getByTestId(`count-${stage.id}`).fill(String(counts[i]));
  await page.getByTestId("fix-first").waitFor();
  await page.waitForFunction(() => (document.querySelector("canvas")?.height ?? 0) > 0);
}

const pagesToCheck: [string, string, ((page: Page) => Promise<void>)?][] = [
  ["home", "/"],
  ["the guides hub", "/guides/"],
  ["the added stage's guide", addedStage.guideUrl],
  ["the added stage's terms", `/glossary/stage/${addedStage.id}/`],
  ["the calculator with six counts", "/calculator/", fillCalculator],
  [
    "the compare page from a six-count link",
    "/calculator/compare/?before=1000,600,150,100,50,5&after=1100,640,170,120,60,9&before_name=October&after_name=November",
    async (page) => {
      await page.waitForSelector('[data-testid="compare-row"]');
    },
  ],
  ["the journey map", "/map/"],
];

describe.each([390, 1440])("the six-stage site at %i px", (width) => {
  it.each(pagesToCheck)(
    "%s has zero axe violations, no console error and no sideways scroll",
    async (_n, url, setup) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await page.goto(site.origin + url, { waitUntil: "load" });
      await setup?.(page);
      expect((await axeFindings(page)).map((f) => formatAxeFinding(url, f))).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} scrolls ${overflow} px sideways at ${width} px`).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
