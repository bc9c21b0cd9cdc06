// Firefox ESR driven by puppeteer-core over WebDriver BiDi: Debian's own build, nothing downloaded.
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";
import { findFirefox } from "../../../scripts/lib/test-tools.ts";
import { waitTimeoutMs, type EngineSession } from "./engine-session.ts";

const missing = (path: string | null) =>
  `Firefox was not found${path ? ` at ${path}` : ""}. The smoke set needs it.\n` +
  "Run npm test, which installs firefox-esr (Debian or Ubuntu, as root) or says how, or set FIREFOX_PATH.";

export async function launchFirefox(): Promise<Browser> {
  const path = findFirefox();
  if (!path || !existsSync(path)) throw new Error(missing(path));
  return puppeteer.launch({ browser: "firefox", executablePath: path, headless: true });
}

/** A fresh private context (its own storage) with one tab, at `origin`. */
export async function firefoxSession(browser: Browser, origin: string): Promise<EngineSession> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(waitTimeoutMs);
  return {
    engine: "Firefox",
    goto: async (path) => void (await page.goto(origin + path, { waitUntil: "load" })),
    reload: async () => void (await page.reload({ waitUntil: "load" })),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    waitFor: async (what, fn, ...args) => {
      await page.waitForFunction(fn, { timeout: waitTimeoutMs }, ...args).catch((error: Error) => {
        throw new Error(`Firefox: gave up waiting for ${what}: ${error.message}`);
      });
    },
    type: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    press: async (key) => {
      if (key === "Shift+Tab") {
        await page.keyboard.down("Shift");
        await page.keyboard.press("Tab");
        await page.keyboard.up("Shift");
      } else await page.keyboard.press(key);
    },
    click: (selector) => page.click(selector),
    close: () => context.close(),
  };
}
