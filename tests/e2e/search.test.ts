// Search, typed into the box the way a reader would, on the real built index.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator("#search-q").fill(query);
  await page.waitForFunction((q) => document.querySelector("#search-status")?.textContent?.includes(`for “${q}”`), query);
  return page.locator(".search__results li > a").allInnerTexts();
}

describe("search", () => {
  it("finds a term by its title, and by an alias, as the first result, with its summary as the excerpt", async () => {
    const page = await env.browser.newPage();
    const problems = watchForProblems(page);
    let bytes = 0;
    page.on("response", async (response) => {
      if (response.url().includes("/pagefind/")) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${env.origin}/search/`);
    expect((await search(page, "conversion rate"))[0]).toBe("Conversion rate");
    expect((await search(page, "client journey"))[0]).toBe("Customer journey");
    expect(await page.locator(".search__results li p").first().innerText()).toContain("from the first time they hear your name");
    expect(bytes).toBeGreaterThan(0);
    console.info(`[search] Pagefind downloaded ${(bytes / 1024).toFixed(1)} KiB for two searches on the real site`);
    expect(problems).toEqual([]);
  });

  it("counts each match once, and says when it shows only the first 20", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/search/`);
    const status = () => page.locator("#search-status").innerText();
    const few = await search(page, "opt-in freebie"); // an alias, pinned to the top
    expect(few[0]).toBe("Lead magnet");
    expect(await status()).toBe(`${few.length} ${few.length === 1 ? "result" : "results"} for “opt-in freebie”.`);
    const many = await search(page, "client");
    expect(many).toHaveLength(20);
    expect(await status()).toMatch(/^\d+ results for “client”, showing the first 20\.$/);
    expect(Number((await status()).split(" ")[0])).toBeGreaterThan(20);
  });

  it("filters by type and by stage", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/search/`);
    await page.locator("#search-type").selectOption("Guide");
    const guides = await search(page, "booking");
    expect(guides.length).toBeGreaterThan(0);
    expect(await page.locator(".search__kind").allTextContents()).toEqual(guides.map(() => "Guide"));
    await page.locator("#search-type").selectOption("");
    await page.locator("#search-stage").selectOption("Decision");
    const decision = await search(page, "booking");
    expect(decision).toContain("Decision");
    expect(decision).not.toContain("Awareness");
  });

  it("the header search form takes a query to the search page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/glossary/`);
    await page.locator("#header-q").fill("retention");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=retention/);
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent?.includes("for “retention”"));
    expect((await page.locator(".search__results li > a").allInnerTexts())[0]).toBe("Retention");
  });

  it("without JavaScript, the search page sends the reader to the A–Z index", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/search/?q=retention`);
    await page.waitForURL(/\/glossary\/$/);
    expect(await page.locator("h1").innerText()).toBe("Glossary A–Z");
    await context.close();
  });
});
