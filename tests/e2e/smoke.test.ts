import { describe, expect, it } from "vitest";
import { useBrowserAndSite, watchForProblems } from "../helpers/browser.ts";

const env = useBrowserAndSite();

describe("smoke: pages load in Chromium without errors", () => {
  it.each(["/", "/glossary/", "/glossary/customer-journey/"])("%s", async (url) => {
    const page = await env.browser.newPage();
    const problems = watchForProblems(page);
    const response = await page.goto(env.origin + url);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").first().textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the skip link is the first thing keyboard users reach, and it moves focus to the main content", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/glossary/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});
