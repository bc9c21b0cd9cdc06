// Search indexes what a reader searches for: term and guide bodies, never navigation, related
// lists, the stage diagram or listing pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSite } from "../helpers/paths.ts";
import { readPages, type BuiltPage } from "../helpers/site-files.ts";

let pages: BuiltPage[];
beforeAll(() => {
  pages = readPages(builtSite);
});

const isTermOrGuide = (url: string) => /^\/glossary\/(?!stage\/)[a-z0-9-]+\/$/.test(url) || url.startsWith("/guides/");

describe("the search index's scope", () => {
  it("marks a body on every term and guide page and on no other page", () => {
    const withBody = pages
      .filter((p) => p.root.querySelectorAll("[data-pagefind-body]").length === 1)
      .map((p) => p.url);
    const expected = pages.map((p) => p.url).filter(isTermOrGuide);
    expect(expected.length).toBeGreaterThan(40);
    expect(withBody.sort()).toEqual(expected.sort());
  });

  it("indexes every page with a body, though Pagefind reads only the folders that have them", () => {
    const withBody = pages.filter((p) => p.root.querySelectorAll("[data-pagefind-body]").length === 1);
    const entry = JSON.parse(readFileSync(join(builtSite, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(withBody.length);
  });

  it("keeps navigation, related lists, the stage diagram and the guide list out of the index", () => {
    const mustBeIgnored = [
      "nav",
      ".term-footer",
      ".site-header",
      ".site-footer",
      "figure.diagram",
      ".guide-list",
      ".reflection",
    ];
    for (const p of pages.filter((page) => isTermOrGuide(page.url))) {
      for (const selector of mustBeIgnored) {
        for (const element of p.root.querySelectorAll(selector)) {
          const ignored = element.closest("[data-pagefind-ignore]") !== null;
          expect(ignored, `${p.url}: ${selector} is indexed`).toBe(true);
        }
      }
    }
  });
});
