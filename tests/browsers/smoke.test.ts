// The smoke set in Firefox ESR and WebKitGTK: every page type, and each tool used once the way a
// coach uses it. Chromium runs the full set in tests/e2e/. `npm run test:browsers` runs this file.
import type { Browser } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { problems } from "../helpers/engines/engine-session.ts";
import { firefoxSession, launchFirefox } from "../helpers/engines/firefox.ts";
import { useEngine, type OpenEngine } from "../helpers/engines/use-engine.ts";
import { launchWebKit, webkitSession, type WebKit } from "../helpers/engines/webkit.ts";
import {
  answerShareLink,
  mapSavesAndReloads,
  saveAndCompare,
  searchFinds,
  started,
  text,
} from "../helpers/engines/steps.ts";

/** One page of each type; the interactive ones wait for Alpine to start (it marks <html> with "js"). */
const pageTypes: { path: string; interactive: boolean }[] = [
  { path: "/", interactive: false },
  { path: "/glossary/", interactive: false },
  { path: "/glossary/funnel-leak/", interactive: false },
  { path: "/guides/", interactive: false },
  { path: "/guides/consideration/", interactive: true },
  { path: "/calculator/", interactive: true },
  { path: "/calculator/compare/", interactive: true },
  { path: "/map/", interactive: true },
  { path: "/map/blank/", interactive: false },
  { path: "/search/", interactive: true },
  { path: "/404.html", interactive: false },
];

/** The smoke set, for one engine. */
function smokeSet(engine: string, open: OpenEngine): void {
  describe(`the smoke set in ${engine}`, () => {
    const env = useEngine(open);

    it("every page type loads with its heading, no console error, no failed load and no CSP violation", async () => {
      for (const { path, interactive } of pageTypes) {
        await env.session.goto(path);
        if (interactive) await started(env.session);
        expect(await text(env.session, "h1"), path).not.toBe("");
        expect(await problems(env.session), path).toEqual([]);
      }
    });

    it("the calculator answers the worked example typed in, and the same numbers from a share link", async () => {
      await env.session.goto("/calculator/");
      await started(env.session);
      for (const [i, count] of ["1000", "300", "40", "12", "5"].entries()) await env.session.type(`#count-${i}`, count);
      await env.session.waitFor(
        "the answer",
        () => document.querySelector("[data-testid=fix-first]")?.getAttribute("data-step") === "1",
      );
      expect(await text(env.session, "[data-testid=step-1]")).toMatch(/30\.0%\s+27\.2–32\.9%\s+70\.0%\s+700/);
      expect(await text(env.session, "[data-testid=overall]")).toBe("0.5%");
      expect(await text(env.session, "[data-testid=fix-first]")).toContain("(300 of 1,000), against a target of 50.0%");
      await answerShareLink(env.session);
      expect(await problems(env.session)).toEqual([]);
    });

    it("a saved period stays and compares with another", async () => {
      await saveAndCompare(env.session);
      expect(await problems(env.session)).toEqual([]);
    });

    it("the journey map saves an item and shows it again after a reload", async () => {
      await mapSavesAndReloads(env.session);
      expect(await problems(env.session)).toEqual([]);
    });

    it("search finds a term typed into the box", async () => {
      await searchFinds(env.session, "conversion rate", "Conversion rate");
      expect(await problems(env.session)).toEqual([]);
    });

    it("a term preview opens when a link is reached with the keyboard", async () => {
      await env.session.goto("/glossary/funnel-leak/");
      await env.session.evaluate(() =>
        (document.querySelector(".prose a[href='/glossary/conversion-rate/']") as HTMLElement).focus(),
      );
      await env.session.press("Shift+Tab");
      await env.session.press("Tab");
      await env.session.waitFor("the preview", () => {
        const card = document.querySelector<HTMLElement>("#term-preview");
        return card !== null && !card.hidden && card.innerText.includes("Conversion rate");
      });
      expect(await env.session.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
        "/glossary/conversion-rate/",
      );
      expect(await problems(env.session)).toEqual([]);
    });
  });
}

smokeSet("Firefox ESR", async () => {
  const browser: Browser = await launchFirefox();
  return { session: (origin) => firefoxSession(browser, origin), quit: () => browser.close() };
});

smokeSet("WebKitGTK", async () => {
  const webkit: WebKit = await launchWebKit();
  return { session: async (origin) => webkitSession(webkit, origin), quit: () => webkit.quit() };
});
