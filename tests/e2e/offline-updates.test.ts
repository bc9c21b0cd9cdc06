// A new build never strands a reader: it is announced, applied only when they press Reload, and what
// they typed or saved stays. Saving something asks the browser to keep the site's storage.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory, type ServedSite } from "../../scripts/lib/local-browser.ts";
import { launchBrowser, watchForProblems } from "../helpers/browser.ts";
import { builtSite } from "../helpers/paths.ts";
import { writeServiceWorker } from "../../src/offline/write-worker.ts";
import type { Browser } from "playwright-core";

let copy: string;
let site: ServedSite;
let browser: Browser;
beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), "atlas-update-"));
  cpSync(builtSite, copy, { recursive: true });
  site = await serveDirectory(copy);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(copy, { recursive: true, force: true });
});

describe("updates", () => {
  it("announce a new build, keep what is being typed, and apply it only on the reader's click", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site.origin}/calculator/`);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await page.locator("#count-0").pressSequentially("1000");
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    // A new deploy: one stylesheet changes, and the build writes a new worker.
    appendFileSync(join(copy, "assets/css/site.css"), "\n/* a new build */\n");
    await writeServiceWorker(copy);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await notice.waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await page.locator("#count-0").inputValue()).toBe("1000");
    await notice.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(() => !(window as unknown as { notReloaded?: boolean }).notReloaded);
    await page.waitForSelector("html.js");
    expect(await page.locator("#count-0").inputValue()).toBe("1000"); // the calculator keeps its numbers
    expect(await page.getByText("A new version is ready").count()).toBe(0);
    const css = await page.evaluate(async () => (await fetch("/assets/css/site.css")).text());
    expect(css).toContain("a new build");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("ask the browser to keep saved data once a map is saved, not before", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const calls = ((window as unknown as { persistCalls: number }).persistCalls = 0);
      void calls;
      navigator.storage.persist = async () => {
        (window as unknown as { persistCalls: number }).persistCalls += 1;
        return true;
      };
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/`);
    await page.waitForSelector("html.js");
    expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(0);
    await page.locator("#add-awareness-touchpoints").pressSequentially("Podcast guest spot");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { persistCalls: number }).persistCalls === 1);
    await context.close();
  });

  it("a repeat visit to any page type downloads no JavaScript or CSS again", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/calculator/`);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    const pages = [
      "/",
      "/glossary/",
      "/glossary/funnel-leak/",
      "/guides/consideration/",
      "/calculator/",
      "/calculator/compare/",
      "/map/",
      "/search/",
    ];
    for (const path of pages) await page.goto(site.origin + path, { waitUntil: "load" }); // the first visit
    const fromNetwork: string[] = [];
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if ((type === "script" || type === "stylesheet") && !response.fromServiceWorker())
        fromNetwork.push(response.url());
    });
    let served = 0;
    page.on("response", (response) => void (response.fromServiceWorker() && (served += 1)));
    for (const path of pages) {
      await page.goto(site.origin + path, { waitUntil: "load" });
      await page.waitForSelector("h1");
    }
    expect(fromNetwork).toEqual([]);
    expect(served).toBeGreaterThan(pages.length); // the pages' scripts and styles came from the worker
    await context.close();
  });
});
