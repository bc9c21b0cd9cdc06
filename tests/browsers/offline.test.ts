// Offline after one visit, in Chromium and Firefox: the server is STOPPED (Firefox's offline mode over
// BiDi does not stop a service worker's own fetches), then a coach answers a share link, saves and
// compares two periods, edits the map, searches, and opens a guide read before.
import type { Browser as PuppeteerBrowser } from "puppeteer-core";
import type { Browser as PlaywrightBrowser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { chromiumSession } from "../helpers/engines/chromium.ts";
import { problems, type EngineSession } from "../helpers/engines/engine-session.ts";
import { firefoxSession, launchFirefox } from "../helpers/engines/firefox.ts";
import { serveWithProbe, type ProbedSite } from "../helpers/engines/problem-probe.ts";
import { answerShareLink, mapSavesAndReloads, saveAndCompare, searchFinds, text } from "../helpers/engines/steps.ts";
import { builtSite } from "../helpers/paths.ts";

function offlineAfterOneVisit(
  engine: string,
  open: () => Promise<{ session: (origin: string) => Promise<EngineSession>; quit(): Promise<void> }>,
): void {
  describe(`offline after one visit, in ${engine}`, () => {
    let site: ProbedSite;
    let quit: () => Promise<void> = async () => undefined;
    let session: EngineSession;
    beforeAll(async () => {
      site = await serveWithProbe(builtSite);
      const browser = await open();
      quit = () => browser.quit();
      session = await browser.session(site.origin);
    });
    afterAll(async () => {
      await session?.close();
      await quit();
      await site?.stop().catch(() => undefined);
    });

    it("with the server stopped, the tools work and a guide read before opens", { timeout: 240_000 }, async () => {
      // The one visit: the calculator (which installs the worker), then a guide.
      await session.goto("/calculator/");
      await session.waitFor("the service worker to take charge of the page", () =>
        Boolean(navigator.serviceWorker?.controller),
      );
      await session.goto("/guides/consideration/");
      expect(await text(session, "h1")).toContain("Consideration");
      await site.stop();
      try {
        await answerShareLink(session);
        await saveAndCompare(session);
        await mapSavesAndReloads(session);
        await searchFinds(session, "conversion rate", "Conversion rate");
        await session.goto("/guides/consideration/");
        expect(await text(session, "h1")).toContain("Consideration");
        expect(await problems(session)).toEqual([]);
        // A guide never read says what works offline instead of the browser's error page.
        await session.goto("/guides/retention/");
        expect(await text(session, "h1")).toBe("You are offline");
        expect(await text(session, "main")).toContain("The funnel calculator");
      } finally {
        await site.start();
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
