// Chromium through playwright-core, behind the same EngineSession as Firefox and WebKit, so a journey
// written once (the offline one) runs in all of them.
import type { Browser } from "playwright-core";
import { waitTimeoutMs, type EngineSession, type PageFunction } from "./engine-session.ts";

/** Playwright passes one argument to a page function; this calls `fn` with all of them, as JSON. */
const call = (fn: PageFunction<unknown>, args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

/** A fresh context (its own storage and service workers) with one tab, at `origin`. */
export async function chromiumSession(browser: Browser, origin: string): Promise<EngineSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(waitTimeoutMs);
  return {
    engine: "Chromium",
    goto: async (path) => void (await page.goto(origin + path, { waitUntil: "load" })),
    reload: async () => void (await page.reload({ waitUntil: "load" })),
    evaluate: <T>(fn: PageFunction<T>, ...args: unknown[]) => page.evaluate(call(fn, args)) as Promise<T>,
    // Polled through evaluate: waitForFunction builds a function from a string, which the site's CSP forbids.
    waitFor: async (what, fn, ...args) => {
      const deadline = Date.now() + waitTimeoutMs;
      while (!(await page.evaluate(call(fn, args)))) {
        if (Date.now() > deadline) throw new Error(`Chromium: gave up waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    type: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    close: () => context.close(),
  };
}
