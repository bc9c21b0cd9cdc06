// One headless Chromium and one static server over the built site, for every browser test.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import sirv from "sirv";
import { builtSite } from "./paths.ts";

export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Browser tests never skip: without Chromium they fail and say how to install it. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. The browser tests need it.\n` +
        "Install it with: apt-get update && apt-get install -y chromium\n" +
        "or point CHROME_PATH at another Chromium or Chrome binary.",
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Serves the built site on a free loopback port. */
export async function serveSite(dir: string = builtSite): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Collects console errors, page errors and CSP violations, so a test can assert there were none. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * One Chromium and one server over the built site for a test file: started before its tests,
 * closed after them. Read `browser` and `origin` inside tests, once the hooks have run.
 */
export function useBrowserAndSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("The browser starts in beforeAll; use it inside a test.");
      return browser;
    },
    get origin() {
      if (!site) throw new Error("The site is served in beforeAll; use it inside a test.");
      return site.origin;
    },
  };
}
