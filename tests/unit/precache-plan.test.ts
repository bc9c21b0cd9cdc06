import { describe, expect, it } from "vitest";
import { planPrecache, precacheBudgetBytes, toolPages, type SiteFile } from "../../src/offline/precache-plan.ts";

const file = (url: string, bytes: number): SiteFile => ({ url, bytes, hash: `h-${url}` });

/** A small site: the tools, their assets, Pagefind's fixed files, an index, excerpts, and reading pages. */
const site = (indexBytes: number, fragmentBytes: number): SiteFile[] => [
  ...toolPages.map((url) => file(url, 30_000)),
  file("/assets/js/app.js", 16_000),
  file("/assets/js/chunks/calculator-chart-X.js", 161_000),
  file("/assets/css/site.css", 19_000),
  file("/pagefind/pagefind.js", 47_000),
  file("/pagefind/pagefind-worker.js", 43_000),
  file("/pagefind/pagefind-entry.json", 200),
  file("/pagefind/pagefind.en_1.pf_meta", 37_000),
  file("/pagefind/wasm.en.pagefind", 60_000),
  file("/pagefind/pagefind-ui.js", 126_000),
  file("/pagefind/index/en_1.pf_index", indexBytes),
  file("/pagefind/fragment/en_1.pf_fragment", fragmentBytes),
  file("/glossary/funnel-leak/", 10_000),
  file("/guides/consideration/", 12_000),
];

describe("the precache plan", () => {
  it("stores the tool pages, every asset and Pagefind's fixed files, but no reading page and no Pagefind UI", () => {
    const urls = planPrecache(site(100_000, 100_000)).entries.map((entry) => entry.url);
    for (const url of [...toolPages, "/assets/js/app.js", "/pagefind/pagefind.js", "/pagefind/wasm.en.pagefind"])
      expect(urls).toContain(url);
    expect(urls).toContain("/pagefind/pagefind.en_1.pf_meta");
    expect(urls).not.toContain("/glossary/funnel-leak/");
    expect(urls).not.toContain("/guides/consideration/");
    expect(urls).not.toContain("/pagefind/pagefind-ui.js");
  });

  it("adds the search index and excerpts while they fit, whole groups only, and says what it left out", () => {
    const small = planPrecache(site(100_000, 100_000));
    expect(small.leftOut).toEqual([]);
    expect(small.entries.map((entry) => entry.url)).toContain("/pagefind/fragment/en_1.pf_fragment");
    const large = planPrecache(site(3_000_000, 8_000_000));
    expect(large.leftOut).toEqual(["search index", "search excerpts"]);
    expect(large.bytes).toBeLessThanOrEqual(precacheBudgetBytes);
    expect(large.entries.some((entry) => entry.url.startsWith("/pagefind/index/"))).toBe(false);
    const indexOnly = planPrecache(site(1_000_000, 8_000_000));
    expect(indexOnly.leftOut).toEqual(["search excerpts"]);
  });

  it("gives each entry its content hash as revision, in address order", () => {
    const { entries } = planPrecache(site(1, 1));
    expect(entries.every((entry) => entry.revision === `h-${entry.url}`)).toBe(true);
    expect(entries.map((entry) => entry.url)).toEqual(
      entries.map((entry) => entry.url).sort((a, b) => a.localeCompare(b)),
    );
  });

  it("fails the build when the tools alone no longer fit the budget", () => {
    expect(() => planPrecache(site(1, 1), 100_000)).toThrow(/over the precache budget of 100000/);
  });
});
