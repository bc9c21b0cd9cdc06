import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveSite, watchForProblems } from "../helpers/browser.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("smoke: pages load in Chromium without errors", () => {
  it.each(["/", "/glossary/", "/glossary/customer-journey/"])("%s", async (url) => {
    const page = await browser.newPage();
    const problems = watchForProblems(page);
    const response = await page.goto(site.origin + url);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").first().textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the skip link is the first thing keyboard users reach, and it moves focus to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/glossary/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});
