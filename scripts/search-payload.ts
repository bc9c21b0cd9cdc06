// npm run search-payload [-- --terms 5000] — bytes Pagefind downloads for real searches, measured in
// Chromium on the built site (or on a copy with N generated terms, from the benchmark generator).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath, serveDirectory } from "./lib/local-browser.ts";
import { prepareOurs } from "./bench/sites.ts";

const { values } = parseArgs({ options: { terms: { type: "string", default: "0" } } });
const terms = Number(values.terms ?? 0);
const queries = ["client journey", "churn", "discovery call"];

const root = terms > 0 ? prepareOurs(terms) : process.cwd();
const built = spawnSync(process.execPath, [join(process.cwd(), "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(process.cwd(), ".eleventy.js")}`, "--input=src", "--output=_site", "--quiet"], {
  cwd: root,
  stdio: "inherit",
});
if (built.status !== 0) process.exit(built.status ?? 1);

const site = await serveDirectory(join(root, "_site"));
const origin = site.origin;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });

try {
  const page = await browser.newPage();
  let total = 0;
  const byKind = new Map<string, number>();
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith("/pagefind/") && !url.pathname.startsWith("/search/names/")) return;
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    total += bytes;
    const kind = url.pathname.split("/")[2]?.replace(/_[0-9a-f]+\..*$/, "").replace(/\..*$/, "") ?? url.pathname;
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  });
  await page.goto(`${origin}/search/`);
  for (const query of queries) {
    await page.locator("#search-q").fill(query);
    await page.waitForFunction((q) => document.querySelector("#search-status")?.textContent?.includes(`for “${q}”`), query);
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`\n${terms > 0 ? `${terms} generated terms + the real site` : "The real site"}: ${kib(total)} downloaded for ${queries.length} searches (${queries.join(", ")})`);
  for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(24)} ${kib(bytes)}`);
} finally {
  await browser.close();
  await site.close();
  if (terms > 0) rmSync(root, { recursive: true, force: true });
}
