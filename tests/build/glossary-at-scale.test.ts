// The A–Z index with 5,000 terms (the benchmark's generated terms added to a copy of the site):
// at most 1.5 MB of HTML, and a letter jump still works in Chromium. Built once for the whole file.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticSlug, syntheticTerm } from "../../scripts/bench/generate-terms.ts";
import { serveDirectory, type ServedSite } from "../../scripts/lib/local-browser.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { precacheBudgetBytes, toolPages } from "../../src/offline/precache-plan.ts";
import { listSiteFiles, writeServiceWorker } from "../../src/offline/write-worker.ts";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";
import type { Browser } from "playwright-core";

const termCount = 5000;
const maxIndexBytes = 1.5 * 1000 * 1000;
let copy: ReturnType<typeof copySiteSources>;
let output: string;

beforeAll(async () => {
  // In memory when the machine has it, as the benchmark does: 5,000 folders on this disk are slow and noisy.
  copy = copySiteSources("atlas-5000-", existsSync("/dev/shm") ? { parent: "/dev/shm" } : {});
  for (let i = 1; i <= termCount; i += 1)
    writeFileSync(join(copy.dir, "src/glossary", `${syntheticSlug(i)}.md`), syntheticTerm(i, termCount));
  output = join(copy.dir, "_site");
  performance.mark("build-start");
  await buildSite(output, { input: join(copy.dir, "src") });
  const { duration } = performance.measure("build", "build-start");
  console.info(`[scale] built the site with ${termCount} generated terms in ${(duration / 1000).toFixed(1)} s`);
}, 900_000); // a 5,000-term build takes 15 s on an idle 2-core machine, and minutes on a busy one

afterAll(() => copy?.remove());

describe(`the A–Z index with ${termCount} generated terms`, () => {
  it("lists them all in at most 1.5 MB of HTML", () => {
    const file = join(output, "glossary/index.html");
    const bytes = statSync(file).size;
    console.info(
      `[scale] A–Z page: ${(bytes / 1e6).toFixed(2)} MB of HTML; preview index ${(statSync(join(output, "glossary/previews.json")).size / 1e6).toFixed(2)} MB`,
    );
    expect(bytes).toBeLessThanOrEqual(maxIndexBytes);
    const html = readFileSync(file, "utf8");
    expect(html.match(/href="\/glossary\/bench-term-\d{5}\/"/g)?.length).toBe(termCount);
  });

  describe("in Chromium", () => {
    let browser: Browser;
    let site: ServedSite;
    beforeAll(async () => {
      browser = await launchBrowser();
      site = await serveDirectory(output);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it("a letter jump past 5,000 entries lands on the letter, with the letter bar still in reach", async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      performance.mark("load-start");
      await page.goto(`${site.origin}/glossary/`);
      console.info(
        `[scale] A–Z page loaded in Chromium in ${(performance.measure("load", "load-start").duration / 1000).toFixed(1)} s`,
      );
      await page.locator('.letter-bar a[href="#letter-t"]').click();
      await page.waitForFunction(() => location.hash === "#letter-t");
      const view = await page.evaluate(() => ({
        bar: document.querySelector(".letter-bar")!.getBoundingClientRect().toJSON() as DOMRect,
        heading: document.querySelector("#letter-t")!.getBoundingClientRect().toJSON() as DOMRect,
        scrolled: scrollY,
        height: document.documentElement.scrollHeight,
      }));
      expect(view.scrolled).toBeGreaterThan(view.height / 2); // T comes after the 5,000 "Bench term" entries
      expect(view.bar.top).toBeGreaterThanOrEqual(0);
      expect(view.heading.top).toBeGreaterThanOrEqual(view.bar.bottom);
      expect(view.heading.bottom).toBeLessThan(844);
      await page.locator('.letter-bar a[href="#letter-a"]').click();
      await page.waitForFunction(() => location.hash === "#letter-a");
      expect(await page.evaluate(() => document.querySelector("#letter-a")!.getBoundingClientRect().top)).toBeLessThan(
        844,
      );
      await page.close();
    });
  });
});

describe(`the offline precache with ${termCount} generated terms`, () => {
  it("stays within budget, keeps every tool page, leaves what grows with the glossary to be cached", async () => {
    const plan = await writeServiceWorker(output);
    const urls = new Set(plan.entries.map((entry) => entry.url));
    const pageCount = listSiteFiles(output).filter((file) => file.url.endsWith("/")).length;
    console.info(
      `[scale] precache: ${plan.entries.length} files, ${(plan.bytes / 1e6).toFixed(2)} MB` +
        ` of ${(precacheBudgetBytes / 1e6).toFixed(1)} MB` +
        ` for ${pageCount} pages; cached when used: ${plan.leftOut.join(", ") || "nothing"}`,
    );
    expect(plan.bytes).toBeLessThanOrEqual(precacheBudgetBytes);
    for (const page of toolPages) expect(urls.has(page), page).toBe(true);
    expect([...urls].some((url) => url.startsWith("/glossary/") && url !== "/glossary/previews.json")).toBe(false);
  });
});
