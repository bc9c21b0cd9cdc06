// How the reading pages lay out and respond, in Chromium: the term aside, the A–Z letter bar,
// the hub's clickable diagram, and axe with a preview open on a desktop-width term page.
import { describe, expect, it } from "vitest";
import { useBrowserAndSite } from "../helpers/browser.ts";
import { axeFindings, formatAxeFinding } from "../helpers/gates/axe.ts";

const env = useBrowserAndSite();

import type { Page } from "playwright-core";

const boxes = (page: Page, selectors: string[]): Promise<Record<string, DOMRect>> =>
  page.evaluate(
    (list) =>
      Object.fromEntries(list.map((s) => [s, document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect])),
    selectors,
  );

describe("the term page", () => {
  it("puts the aside beside the article at 1024 px and wider, and after it on a phone", async () => {
    for (const [width, beside] of [
      [1024, true],
      [1440, true],
      [1023, false],
      [390, false],
    ] as const) {
      const page = await env.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${env.origin}/glossary/conversion-rate/`);
      const { "main article.term": article, "main aside.term-aside": aside } = await boxes(page, [
        "main article.term",
        "main aside.term-aside",
      ]);
      if (beside) {
        expect(aside!.left, `${width} px`).toBeGreaterThanOrEqual(article!.right);
        expect(aside!.top, `${width} px`).toBeLessThan(article!.top + 100);
      } else {
        expect(aside!.top, `${width} px`).toBeGreaterThanOrEqual(article!.bottom);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        `no sideways scroll at ${width} px`,
      ).toBe(true);
      await page.close();
    }
  });

  it("lets a reader go from a term to three related ones without search", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.origin}/glossary/funnel-leak/`);
    const visited = [];
    for (let i = 0; i < 3; i += 1) {
      const next = page.locator(".term-aside__related a").first();
      const title = await next.innerText();
      await next.click();
      await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, title);
      visited.push(title);
    }
    expect(new Set(visited).size).toBe(3);
    await page.close();
  });

  it.each(["light", "dark"] as const)(
    "has zero axe violations at 1440 px with a preview open (%s)",
    async (colorScheme) => {
      const context = await env.browser.newContext({ colorScheme, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.origin}/glossary/no-show-rate/`);
      await page.locator(".term-aside__related a").first().hover();
      await page.waitForSelector("#term-preview:not([hidden])");
      expect((await axeFindings(page)).map((f) => formatAxeFinding("/glossary/no-show-rate/", f))).toEqual([]);
      await context.close();
    },
  );
});

describe("the A–Z index", () => {
  it.each([390, 1440])(
    "keeps the letter bar in view after a jump, without covering the letter's heading (%i px)",
    async (width) => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${env.origin}/glossary/`);
      await page.locator('.letter-bar a[href="#letter-t"]').click();
      await page.waitForFunction(() => location.hash === "#letter-t");
      const { ".letter-bar": bar, "#letter-t": heading } = await boxes(page, [".letter-bar", "#letter-t"]);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
      expect(bar!.top).toBeGreaterThanOrEqual(0);
      expect(bar!.bottom).toBeLessThan(200);
      expect(heading!.top).toBeGreaterThanOrEqual(bar!.bottom);
      expect(heading!.bottom).toBeLessThan(800);
      // And the bar still works from down there.
      await page.locator('.letter-bar a[href="#letter-c"]').click();
      await page.waitForFunction(() => location.hash === "#letter-c");
      const back = await boxes(page, [".letter-bar", "#letter-c"]);
      expect(back["#letter-c"]!.top).toBeGreaterThanOrEqual(back[".letter-bar"]!.bottom);
      await page.close();
    },
  );
});

describe("the A–Z letter bar on a phone", () => {
  it("shows every letter, none cut off or scrolled out of sight, each a target of at least 24 px", async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${env.origin}/glossary/`);
    const cells = await page
      .locator(".letter-bar li > *")
      .evaluateAll((items) =>
        items.map((item) => ({ text: item.textContent, ...item.getBoundingClientRect().toJSON() })),
      );
    expect(cells.map((cell) => cell.text)).toEqual([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
    const bar = await page.locator(".letter-bar").evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    for (const cell of cells) {
      expect(cell.left, cell.text ?? "").toBeGreaterThanOrEqual(0);
      expect(cell.right, cell.text ?? "").toBeLessThanOrEqual(390);
      expect(Math.min(cell.width, cell.height), cell.text ?? "").toBeGreaterThanOrEqual(24);
    }
    expect(bar.height).toBeLessThan(120); // two rows: the sticky bar leaves the page readable
    await page.close();
  });
});

describe("the guides hub", () => {
  it("the diagram's stages are links with a visible focus, reached with Tab", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.origin}/guides/`);
    const stroke = (href: string) =>
      page
        .locator(`svg.stage-diagram a[href="${href}"] polygon`)
        .evaluate((p) => ({ color: getComputedStyle(p).stroke, width: getComputedStyle(p).strokeWidth }));
    const before = await stroke("/guides/consideration/");
    await page.locator(".guide-cards a").last().focus();
    await page.keyboard.press("Tab"); // the first stage in the diagram
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/guides/consideration/");
    const focused = await stroke("/guides/consideration/");
    expect(focused).not.toEqual(before);
    expect(focused.width).toBe("4px");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/guides\/consideration\/$/);
    await page.close();
  });
});
