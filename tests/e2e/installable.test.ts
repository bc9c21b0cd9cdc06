// Installable: every page links the manifest, its icons are real PNGs of the sizes it says, and
// Chromium finds nothing that stops it offering to install the site.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumFlags, chromiumPath } from "../../scripts/lib/local-browser.ts";
import { assertChromiumInstalled, serveSite } from "../helpers/browser.ts";
import { builtSite } from "../helpers/paths.ts";
import { readPages } from "../helpers/site-files.ts";
import type { ServedSite } from "../../scripts/lib/local-browser.ts";

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}
const manifest = JSON.parse(readFileSync(join(builtSite, "manifest.webmanifest"), "utf8")) as Manifest;

/** Width and height from a PNG's header (IHDR, right after the 8-byte signature). */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe("the site installs like an app", () => {
  let site: ServedSite;
  beforeAll(async () => (site = await serveSite()));
  afterAll(() => site?.close());

  it("every page links the manifest", () => {
    // The editor's page at /admin/ is its own app for editors, not part of the installed site.
    const pages = readPages(builtSite).filter((page) => !page.url.startsWith("/admin/"));
    const without = pages.filter(
      (page) => page.root.querySelector("link[rel=manifest]")?.getAttribute("href") !== "/manifest.webmanifest",
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(without.map((page) => page.url)).toEqual([]);
  });

  it("names the app, opens standalone at the home page, and lists 192 and 512 px icons and a maskable one", () => {
    expect(manifest).toMatchObject({ name: "Journey Atlas", start_url: "/", display: "standalone" });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12); // what a home screen shows in full
    for (const icon of manifest.icons) expect(pngSize(join(builtSite, icon.src)), icon.src).toBe(icon.sizes);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
  });

  it("Chromium reports no installability errors", async () => {
    assertChromiumInstalled();
    const profile = mkdtempSync(join(tmpdir(), "atlas-install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumFlags,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/calculator/`);
      const devtools = await context.newCDPSession(page);
      const { installabilityErrors } = await devtools.send("Page.getInstallabilityErrors");
      expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
      const appManifest = await devtools.send("Page.getAppManifest");
      expect(appManifest.errors.map((error) => error.message)).toEqual([]);
      expect(appManifest.url).toBe(`${site.origin}/manifest.webmanifest`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
