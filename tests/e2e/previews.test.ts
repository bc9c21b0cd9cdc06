// Term previews, used the way a reader would: a mouse, the keyboard, a finger, and no JavaScript.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();
const termPage = "/glossary/funnel-leak/";
/** The first term link in the body of the funnel-leak entry. */
const inlineLink = ".prose a[href='/glossary/conversion-rate/']";

const card = (page: Page) => page.locator("#term-preview");
const cardState = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector<HTMLElement>("#term-preview");
    return {
      count: document.querySelectorAll(".term-preview").length,
      hidden: element?.hidden,
      display: element ? getComputedStyle(element).display : "",
      text: element?.innerText ?? "",
    };
  });
const shown = (page: Page) => page.waitForSelector("#term-preview:not([hidden])");
const dismissed = (page: Page) => page.waitForSelector("#term-preview[hidden]", { state: "attached" });
/** Longer than the previews' hide delay (300 ms), run on the page's clock: nothing real is waited for. */
const pastHideDelay = (page: Page) => page.clock.runFor(600);

describe("term previews", () => {
  it("on hover show the linked term's title and summary in one card, which the pointer can move onto and which stays until the pointer leaves", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watchForProblems(page);
    const indexFetches: string[] = [];
    page.on(
      "request",
      (request) => request.url().endsWith("/glossary/previews.json") && indexFetches.push(request.url()),
    );
    await page.clock.install(); // the page's timers run on a clock the test can move on
    await page.goto(env.origin + termPage);
    const link = page.locator(inlineLink).first();
    await link.hover();
    await shown(page);
    const state = await cardState(page);
    expect(state.count).toBe(1);
    expect(state.text).toContain("Conversion rate");
    expect(state.text).toContain("The share of people at one step who go on to the next");
    expect(await link.getAttribute("aria-describedby")).toBe("term-preview");

    // Hoverable: the pointer moves from the link onto the card, and the card stays.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await pastHideDelay(page); // the hide delay has passed: the card must still be there
    expect((await cardState(page)).hidden).toBe(false);

    // Moving away from both hides it, with display: none.
    await page.mouse.move(5, 5);
    await dismissed(page);
    const gone = await cardState(page);
    expect(gone).toMatchObject({ hidden: true, display: "none", count: 1 });
    expect(await link.getAttribute("aria-describedby")).toBeNull();

    // A second link reuses the same card and the index is not fetched again.
    await page.locator(".term-aside__related a[href='/glossary/sales-funnel/']").hover();
    await page.waitForFunction(() =>
      document.querySelector<HTMLElement>("#term-preview:not([hidden])")?.innerText.includes("Sales funnel"),
    );
    expect((await cardState(page)).count).toBe(1);
    expect(indexFetches).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("on keyboard focus show the preview; Escape hides it and focus stays on the link", async () => {
    const page = await env.browser.newPage();
    await page.clock.install(); // the page's timers run on a clock the test can move on
    await page.goto(env.origin + termPage);
    await page.locator(inlineLink).first().focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab"); // reached with the keyboard
    await shown(page);
    expect((await cardState(page)).text).toContain("Conversion rate");
    await page.keyboard.press("Escape");
    await dismissed(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/glossary/conversion-rate/");
    expect(page.url()).toBe(env.origin + termPage);
    // Persistent: it does not vanish on its own while focus stays.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await shown(page);
    await pastHideDelay(page);
    expect((await cardState(page)).hidden).toBe(false);
    // Tabbing on to a link that is not a term hides it.
    await page.locator("#header-q").focus();
    await dismissed(page);
  });

  it("on a touch screen, the first tap shows the preview and the second follows the link", async () => {
    const context = await env.browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.clock.install(); // the page's timers run on a clock the test can move on
    await page.goto(env.origin + termPage);
    const link = page.locator(inlineLink).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await shown(page);
    expect(page.url()).toBe(env.origin + termPage);
    expect((await cardState(page)).text).toContain("Conversion rate");
    // A tap elsewhere dismisses it.
    await page.locator("h1").tap();
    await dismissed(page);
    await link.tap();
    await shown(page);
    await link.tap();
    await page.waitForURL(/\/glossary\/conversion-rate\/$/);
    await context.close();
  });

  it("without JavaScript, a term link is an ordinary link", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.clock.install(); // the page's timers run on a clock the test can move on
    await page.goto(env.origin + termPage);
    expect(await page.locator(".term-preview").count()).toBe(0);
    await page.locator(inlineLink).first().click();
    await page.waitForURL(/\/glossary\/conversion-rate\/$/);
    await context.close();
  });

  it("load their script only on pages that link to a term", async () => {
    const page = await env.browser.newPage();
    const scripts: string[] = [];
    page.on(
      "request",
      (request) => request.url().endsWith("/previews.js") && scripts.push(new URL(page.url()).pathname),
    );
    await page.goto(`${env.origin}/calculator/`);
    await page.goto(`${env.origin}/guides/decision/`);
    await page.goto(`${env.origin}/glossary/`);
    expect(scripts).toEqual(["/guides/decision/", "/glossary/"]);
  });

  it("animate in only when the reader has not asked for reduced motion, in light and dark", async () => {
    for (const [reducedMotion, colorScheme, expected] of [
      ["no-preference", "light", "term-preview-in"],
      ["reduce", "dark", "none"],
    ] as const) {
      const context = await env.browser.newContext({ reducedMotion, colorScheme });
      const page = await context.newPage();
      await page.clock.install(); // the page's timers run on a clock the test can move on
      await page.goto(env.origin + termPage);
      await page.locator(inlineLink).first().hover();
      await shown(page);
      const style = await card(page).evaluate((element) => ({
        animation: getComputedStyle(element).animationName,
        background: getComputedStyle(element).backgroundColor,
      }));
      expect(style.animation).toBe(expected);
      expect(style.background).toBe(colorScheme === "dark" ? "rgb(28, 32, 36)" : "rgb(255, 255, 255)");
      await context.close();
    }
  });
});
