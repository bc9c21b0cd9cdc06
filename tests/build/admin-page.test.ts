// The editor's page is for editors: built, but hidden from search engines, the site's search, the
// sitemap and the feed, and its settings file is what the editor reads.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtSite, projectRoot } from "../helpers/paths.ts";

const read = (path: string) => readFileSync(join(builtSite, path), "utf8");

describe("the editor's page, /admin/", () => {
  it("is built with the editor, its fonts and its settings, and asks search engines not to index it", () => {
    for (const file of ["admin/index.html", "admin/sveltia-cms.js", "admin/preview-style.js", "admin/config.yml"])
      expect(existsSync(join(builtSite, file)), file).toBe(true);
    expect(existsSync(join(builtSite, "admin/fonts/material-symbols-outlined-latin-wght-normal.woff2"))).toBe(true);
    const page = parse(read("admin/index.html"));
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    // The settings are JSON, which is YAML too; the collections write where the build reads.
    const config = JSON.parse(read("admin/config.yml")) as { collections: { folder: string }[] };
    expect(config.collections.map((c) => c.folder)).toEqual(["src/glossary", "src/guides"]);
  });

  it("is left out of the sitemap, the feed and the search index", () => {
    expect(read("sitemap.xml")).not.toContain("/admin/");
    expect(read("feed.xml")).not.toContain("/admin/");
    // Pagefind reads only the folders its glob names (and the editor's page has no searchable body).
    const pagefindGlob = readFileSync(join(projectRoot, "pagefind.yml"), "utf8").match(/^glob: "(.+)"$/m)?.[1];
    expect(pagefindGlob).toBeDefined();
    expect(pagefindGlob).not.toMatch(/admin|\*\*|^\*/);
  });

  it("does not send the editor a request off the site: the bundle's CDN addresses are rewritten to its own copies", () => {
    const bundle = read("admin/sveltia-cms.js");
    expect(bundle).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
    expect(bundle).toContain("/admin/fonts/source-sans-3-latin-wght-normal.woff2");
    expect(bundle).toContain("`/admin/locales`");
  });
});
