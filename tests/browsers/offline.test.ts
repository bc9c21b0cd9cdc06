// Offline after one visit, in Chromium and Firefox: the server is STOPPED (Firefox's offline mode over
// BiDi does not stop a service worker's own fetches), then a coach answers a share link, saves and
// compares two periods, edits the map, searches, and opens a guide read before.
import type { Browser as PuppeteerBrowser } from "puppeteer-core";
import type { Browser as PlaywrightBrowser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { chromiumSession } from "../helpers/engines/chromium.ts";
import { problems } from "../helpers/engines/engine-session.ts";
import { firefoxSession, launchFirefox } from "../helpers/engines/firefox.ts";
import { useEngine, type OpenEngine } from "../helpers/engines/use-engine.ts";
import { answerShareLink, mapSavesAndReloads, saveAndCompare, searchFinds, text } from "../helpers/engines/steps.ts";

function offlineAfterOneVisit(engine: string, open: OpenEngine): void {
  describe(`offline after one visit, in ${engine}`, () => {
    const env = useEngine(open);

    it("with the server stopped, the tools work and a guide read before opens", { timeout: 240_000 }, async () => {
      // The one visit: the calculator (which installs the worker), then a guide.
      await env.session.goto("/calculator/");
      await env.session.waitFor("the service worker to take charge of the page", () =>
        Boolean(navigator.serviceWorker?.controller),
      );
      await env.session.goto("/guides/consideration/");
      expect(await text(env.session, "h1")).toContain("Consideration");
      await env.site.stop();
      try {
        await answerShareLink(env.session);
        await saveAndCompare(env.session);
        await mapSavesAndReloads(env.session);
        await searchFinds(env.session, "conversion rate", "Conversion rate");
        await env.session.goto("/guides/consideration/");
        expect(await text(env.session, "h1")).toContain("Consideration");
        expect(await problems(env.session)).toEqual([]);
        // A guide never read says what works offline instead of the browser's error page.
        await env.session.goto("/guides/retention/");
        expect(await text(env.session, "h1")).toBe("You are offline");
        expect(await text(env.session, "main")).toContain("The funnel calculator");
      } finally {
        await env.site.start();
      }
    });
  });
}

offlineAfterOneVisit("Chromium", async () => {
  const browser: PlaywrightBrowser = await launchBrowser();
  return { session: (origin) => chromiumSession(browser, origin), quit: () => browser.close() };
});

offlineAfterOneVisit("Firefox ESR", async () => {
  const browser: PuppeteerBrowser = await launchFirefox();
  return { session: (origin) => firefoxSession(browser, origin), quit: () => browser.close() };
});
