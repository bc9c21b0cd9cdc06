// npm run lighthouse — builds the site, serves it on loopback and runs Lighthouse (mobile, its
// default) on home, a term, a guide and the calculator with Debian's Chromium. Slow, so not in npm test.
import { spawnSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumFlags, chromiumPath, serveDirectory } from "./lib/local-browser.ts";

const pages = [
  ["Home", "/"],
  ["A term", "/glossary/funnel-leak/"],
  ["A guide", "/guides/decision/"],
  ["Calculator", "/calculator/"],
] as const;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const site = await serveDirectory("_site");
const origin = site.origin;

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ["--headless=new", ...chromiumFlags],
});

const rows: string[] = [];
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    rows.push(`| ${name} (\`${path}\`) | ${scores.join(" | ")} |`);
    for (const id of categories) {
      const category = lhr.categories[id];
      if (!category || (category.score ?? 0) >= 1) continue;
      const failing = category.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit &&
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== "informative" &&
            audit.scoreDisplayMode !== "manual",
        );
      console.log(
        `  ${path} ${id}: ${failing.map((audit) => `${audit?.id} (${audit?.displayValue ?? audit?.score})`).join(", ")}`,
      );
    }
  }
} finally {
  await chrome.kill();
  await site.close();
}

console.log("\n| Page | Performance | Accessibility | Best practices | SEO |\n|---|---|---|---|---|");
for (const row of rows) console.log(row);
