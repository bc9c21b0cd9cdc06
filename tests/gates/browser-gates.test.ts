// Gates 2 and 4 in Chromium: zero axe violations on every page type, light and dark, on a 390 px phone
// that never scrolls sideways, and zero CSP violations while the calculator, the reflection box and
// search are used. Chromium's own issue list
// (deprecations and the like) must stay empty too: one deprecation costs 18 points of Lighthouse's Best Practices.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForBrowserIssues, watchForProblems } from "../helpers/browser.ts";
import { axeFindings, formatAxeFinding } from "../helpers/gates/axe.ts";
import { allPageTypes } from "../../src/_config/page-types.ts";

const env = useBrowserAndSite();

type Setup = (page: Page) => Promise<void>;
// Each page type's pages as they load come from its declaration (src/_config/page-types.ts); the states
// below need clicks or typing first.
const pageTypes: [string, string, Setup?][] = [
  ["home", "/"],
  ...allPageTypes.flatMap((type) => type.gatePages),
  ["a term", "/glossary/funnel-leak/"],
  [
    "a term with a preview open",
    "/glossary/funnel-leak/",
    async (page) => {
      await page.locator(".prose a[href='/glossary/conversion-rate/']").first().focus();
      await page.waitForSelector("#term-preview:not([hidden])");
    },
  ],
  [
    "calculator, example loaded",
    "/calculator/",
    async (page) => {
      await page.getByRole("button", { name: "Load the example" }).click();
      await page.waitForFunction(() => (document.querySelector("canvas")?.height ?? 0) > 0);
    },
  ],
  [
    "calculator, bad input",
    "/calculator/?awareness=1000&consideration=abc&decision=-4&retention=2.5&advocacy=",
    async (page) => {
      await page.waitForSelector("#count-1-message:not(:empty)");
    },
  ],
  [
    "compare, from a link",
    "/calculator/compare/?before=1000,300,40,12,5&after=1200,330,52,15,6&before_name=October&after_name=November",
    async (page) => {
      await page.waitForSelector('[data-testid="compare-row"]');
    },
  ],
  [
    "compare, bad link",
    "/calculator/compare/?before=1000,abc,40&after=1,2,3,4,5",
    async (page) => {
      await page.waitForSelector(".link-problems li");
    },
  ],
  [
    "compare, saved periods, their trend and a restore question",
    "/calculator/compare/",
    async (page) => {
      const period = (id: string, name: string, savedAt: string, note: string, counts: number[]) => ({
        id,
        name,
        savedAt,
        note,
        counts,
        labels: ["", "", "", "", ""],
        targets: [0.5, 0.2, 0.4, 0.25],
        prices: { decision: null, retention: null, currency: "GBP" },
      });
      const backup = (note: string) =>
        Buffer.from(
          JSON.stringify({
            version: 1,
            periods: [
              period("oct", "October", "2026-10-31T12:00:00.000Z", note, [1000, 300, 40, 12, 5]),
              period("nov", "November", "2026-11-30T12:00:00.000Z", "", [1200, 330, 52, 15, 6]),
            ],
          }),
        );
      const restore = (note: string) =>
        page
          .locator("#restore-file")
          .setInputFiles({ name: "b.json", mimeType: "application/json", buffer: backup(note) });
      await restore("");
      await page.waitForSelector('[data-testid="compare-row"]');
      await restore("A new script");
      await page.waitForSelector('[data-testid="restore-confirm"]:not([style*="none"])');
      await page.waitForFunction(() =>
        [...document.querySelectorAll(".trend-chart canvas")].every((c) => "trendChart" in c),
      );
    },
  ],
  [
    "search with results",
    "/search/?q=churn",
    async (page) => {
      await page.waitForSelector(".search__results li");
    },
  ],
  [
    "journey map, example loaded",
    "/map/",
    async (page) => {
      await page.getByRole("button", { name: "Load the example map" }).click();
      await page.waitForSelector(".map-item__text");
    },
  ],
  ["404", "/404.html"],
];

/** Records CSP violations from inside the page, so none can pass unnoticed. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener("securitypolicyviolation", (event) =>
      list.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
}
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe.each(["light", "dark"] as const)("axe-core, %s colour scheme", (colorScheme) => {
  it.each(pageTypes)("%s (%s) has zero WCAG 2.2 A/AA violations and no browser issue", async (_name, url, setup) => {
    const context = await env.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await recordCspViolations(page);
    const browserIssues = await watchForBrowserIssues(page);
    await page.goto(env.origin + url);
    await setup?.(page);
    const findings = await axeFindings(page);
    expect(findings.map((f) => formatAxeFinding(url, f))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(browserIssues).toEqual([]);
    // At 390 px nothing pushes the page sideways (wide tables scroll inside their own box).
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${url} is ${scrollWidth} px wide on a 390 px phone`).toBeLessThanOrEqual(innerWidth);
    await context.close();
  });
});

describe("CSP in use", () => {
  it("the calculator, the reflection box and search cause no CSP violation or console error", async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await recordCspViolations(page);
    const problems = watchForProblems(page);

    await page.goto(`${env.origin}/calculator/`);
    await page.getByRole("button", { name: "Load the example" }).click();
    await page.locator("#count-2").fill("55");
    await page.locator("#what-if-0").fill("45");
    await page.locator("#goal-input").fill("10");
    await page.getByRole("button", { name: "Copy share link" }).click();
    await page.waitForFunction(() => (document.querySelector("canvas")?.height ?? 0) > 0);
    expect(await cspViolations(page)).toEqual([]);

    await page.goto(`${env.origin}/guides/retention/`);
    await page.locator("#reflection-text").fill("A note");
    await page.getByRole("button", { name: "Copy all my reflections" }).click();
    await page.getByRole("button", { name: "Clear" }).click();
    expect(await cspViolations(page)).toEqual([]);

    await page.goto(`${env.origin}/search/?q=referral`);
    await page.waitForSelector(".search__results li");
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
