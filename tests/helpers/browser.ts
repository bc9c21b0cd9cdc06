// One headless Chromium and one static server over the built site, for every browser test.
import { existsSync } from "node:fs";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { chromiumFlags, chromiumPath, serveDirectory, type ServedSite } from "../../scripts/lib/local-browser.ts";
import { builtSite } from "./paths.ts";

/** Browser tests never skip: without Chromium they fail and say how to install it. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. The browser tests need it.\n` +
        "Run npm test, which installs it (Debian or Ubuntu, as root) or says how,\n" +
        "or point CHROME_PATH at another Chromium or Chrome binary.",
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}

/** Serves the built site on a free loopback port. */
export const serveSite = (dir: string = builtSite): Promise<ServedSite> => serveDirectory(dir);

/** Collects console errors, page errors and CSP violations, so a test can assert there were none. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Collects what Chromium lists in DevTools' Issues panel (deprecations, mixed content, CSP, …):
 * Lighthouse's Best Practices reads the same list. Start it before the page loads.
 */
export async function watchForBrowserIssues(page: Page): Promise<string[]> {
  const issues: string[] = [];
  const devtools = await page.context().newCDPSession(page);
  devtools.on("Audits.issueAdded", ({ issue }) => {
    const location = issue.details.deprecationIssueDetails?.sourceCodeLocation;
    // A generic issue (a form field without a name, a label that points nowhere…) says which in errorType.
    const kind = issue.details.deprecationIssueDetails?.type ?? issue.details.genericIssueDetails?.errorType;
    issues.push(
      `${issue.code}${kind ? ` ${kind}` : ""}${location ? ` at ${location.url}:${location.lineNumber}` : ""}`,
    );
  });
  await devtools.send("Audits.enable");
  return issues;
}

/**
 * One Chromium and one server over the built site for a test file: started before its tests,
 * closed after them. Read `browser` and `origin` inside tests, once the hooks have run.
 */
export function useBrowserAndSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: ServedSite | undefined;
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
