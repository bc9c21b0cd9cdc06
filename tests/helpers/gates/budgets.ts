// Gate 5: bytes a reader downloads, gzipped, per page. The budgets of docs/performance.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { pageTypes } from "../../../src/_config/page-types.ts";

export const budgets = {
  /** HTML + CSS for a term, guide or index page. */
  readingPage: 14 * 1024,
  /** The calculator's JavaScript before Chart.js loads (declared with its page type). */
  calculatorJs: pageTypes.calculator.scriptBudget.bytes,
  /** The calculator's JavaScript including Chart.js. */
  calculatorJsWithChart: 110 * 1024,
  /** The compare page's own JavaScript before Chart.js: everything but the Alpine chunk every interactive page shares. */
  compareJs: pageTypes.compare.scriptBudget.bytes,
  /** Term previews: the script every page with a term link loads. */
  previewsJs: 4 * 1024,
  /** The journey-map worksheet's JavaScript (it uses no Chart.js). */
  mapJs: pageTypes.map.scriptBudget.bytes,
  /** What offline use adds to a first visit: the registration script and the service worker. */
  offlineJs: 6 * 1024,
};

/** The pages a reader reads (terms, guides, index pages), which the reading-page budget covers. */
export const isReadingPage = (file: string): boolean =>
  file.startsWith("glossary/") || file.startsWith("guides/") || file === "index.html";

export const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

export interface Weight {
  total: number;
  parts: { name: string; bytes: number }[];
}

/** The HTML plus its render-blocking stylesheets (print CSS excluded), gzipped. */
export function readingWeight(siteDir: string, pageFile: string): Weight {
  const html = readFileSync(join(siteDir, pageFile), "utf8");
  const parts = [{ name: pageFile, bytes: gzipSize(join(siteDir, pageFile)) }];
  for (const link of parse(html).querySelectorAll('link[rel="stylesheet"]')) {
    if (link.getAttribute("media") === "print") continue;
    const href = link.getAttribute("href") ?? "";
    parts.push({ name: href, bytes: gzipSize(join(siteDir, href)) });
  }
  return { total: parts.reduce((sum, part) => sum + part.bytes, 0), parts: parts.sort((a, b) => b.bytes - a.bytes) };
}

/** A failure message that says which page, by how much, and what weighs most. */
export function overBudget(label: string, weight: Weight, budget: number): string | undefined {
  if (weight.total < budget) return undefined;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `${label} is ${kb(weight.total)} gzip, ${kb(weight.total - budget)} over its ${kb(budget)} budget. Heaviest: ${weight.parts
    .slice(0, 3)
    .map((p) => `${p.name} ${kb(p.bytes)}`)
    .join(", ")}`;
}

/** A script and every chunk it imports statically, transitively (paths relative to `jsDir`). */
export function staticClosure(jsDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(jsDir, file), "utf8");
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  for (const match of source.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g))
    staticClosure(jsDir, `${folder}${match[1] ?? ""}`, seen);
  return seen;
}

export const weigh = (jsDir: string, files: Iterable<string>): Weight => {
  const parts = [...files]
    .map((name) => ({ name, bytes: gzipSize(join(jsDir, name)) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total: parts.reduce((sum, p) => sum + p.bytes, 0), parts };
};

/** Script entries every interactive page loads; a chunk all of them import is the site's framework (Alpine). */
const frameworkEntries = ["search-page.js", "reflection-box.js"];

/** What `entry` loads before any lazy chunk, without the chunks every interactive page shares. */
export function ownScripts(jsDir: string, entry: string): { own: string[]; shared: string[] } {
  const upFront = [...staticClosure(jsDir, entry)];
  const shared = upFront.filter((name) => frameworkEntries.every((other) => staticClosure(jsDir, other).has(name)));
  return { own: upFront.filter((name) => !shared.includes(name)), shared };
}
