// Checks the built site as a reader and a crawler see it. tests/global-setup.ts builds it once.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load-content.ts";
import type { ContentModel } from "../../src/content/content-model.ts";
import { feedSize } from "../../src/_config/collections.ts";
import { builtSite, projectRoot } from "../helpers/paths.ts";
import { findBrokenLinks, readPages, type BuiltPage } from "../helpers/site-files.ts";

let pages: BuiltPage[];
let model: ContentModel;
const page = (url: string): BuiltPage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
};
const text = (p: BuiltPage, selector: string): string => p.root.querySelector(selector)?.text.trim() ?? "";

beforeAll(() => {
  // The editor's page at /admin/ is an app for editors, without the site's header, nav or sitemap
  // entry: tests/build/admin-page.test.ts covers it, and the gates check its HTML, links and policy.
  pages = readPages(builtSite).filter((page) => !page.url.startsWith("/admin/"));
  model = loadContent({ root: projectRoot, includeDrafts: false });
});

describe("glossary pages", () => {
  it("every published term has a page", () => {
    expect(model.terms.length).toBeGreaterThanOrEqual(8);
    for (const term of model.terms) expect(existsSync(join(builtSite, term.url, "index.html")), term.url).toBe(true);
  });

  it("a term page leads with its summary, which is also the meta description", () => {
    const term = model.termsBySlug["conversion-rate"]!;
    const p = page(term.url);
    expect(text(p, "h1")).toBe(term.title);
    expect(text(p, ".lead")).toBe(term.summary);
    expect(p.root.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(term.summary);
  });

  it("a term page shows related terms with their summaries, backlinks, breadcrumb, series, date and reading time", () => {
    const p = page("/glossary/decision/");
    const related = p.root.querySelectorAll("[aria-labelledby=related-heading] li");
    expect(related.map((li) => li.querySelector("a")?.text)).toEqual([
      "Consideration",
      "Retention",
      "Conversion rate",
      "Sales funnel",
    ]);
    expect(related[0]?.querySelector("p")?.text).toBe(model.termsBySlug["consideration"]!.summary);
    const mentions = p.root
      .querySelectorAll("[aria-labelledby=mentioned-heading] a")
      .map((a) => a.getAttribute("href"));
    expect(mentions).toEqual(expect.arrayContaining(["/glossary/customer-journey/", "/glossary/consideration/"]));
    expect(p.root.querySelectorAll(".breadcrumb li").map((li) => li.text.trim())).toEqual([
      "Home",
      "Glossary",
      "Decision",
    ]);
    expect(text(p, ".page-meta")).toMatch(/^Updated \d{1,2} \w+ \d{4} · \d+ min read$/);
    expect(p.root.querySelector(".page-meta time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the A–Z index lists every term and alias, with empty letters disabled", () => {
    const p = page("/glossary/");
    const links = p.root.querySelectorAll(".letter-group a").map((a) => a.getAttribute("href"));
    for (const term of model.terms) expect(links).toContain(term.url);
    const aliases = p.root.querySelectorAll(".term-list__alias").map((li) => li.text.replace(/\s+/g, " ").trim());
    expect(aliases).toContain("client journey: see Customer journey");
    // And under the term they belong to, in a quieter style.
    const journey = p.root
      .querySelectorAll(".letter-group li")
      .find((li) => !li.classList.contains("term-list__alias") && li.querySelector("a")?.text === "Customer journey");
    expect(journey?.querySelector(".term-list__aka")?.text).toBe(
      `Also called ${model.termsBySlug["customer-journey"]!.aliases.join(", ")}`,
    );
    expect(p.root.querySelector('.term-list__alias a[href="/glossary/customer-journey/"]')).not.toBeNull();
    const disabled = p.root.querySelectorAll('.letter-bar [aria-disabled="true"]').map((el) => el.text);
    expect(disabled).toContain("Z");
    expect(p.root.querySelector('.letter-bar a[href="#letter-c"]')).not.toBeNull();
  });

  it("every term that cites sources lists each one, linked to its address, after the body", () => {
    const sourced = model.terms.filter((term) => term.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(0); // so the loop below checks something
    for (const term of sourced) {
      const items = page(term.url).root.querySelectorAll("article .prose + section.sources li");
      expect(
        items.map((li) => li.querySelector("a")?.getAttribute("href")),
        term.url,
      ).toEqual(term.sources.map((s) => s.url));
      expect(
        items.map((li) => li.text),
        term.url,
      ).toEqual(term.sources.map((s) => expect.stringContaining(String(s.year))));
    }
  });

  it("the stage filter works without JavaScript: one page per stage", () => {
    const p = page("/glossary/stage/decision/");
    const own = p.root.querySelectorAll("[aria-labelledby=own-heading] a").map((a) => a.getAttribute("href"));
    expect(own).toContain("/glossary/decision/");
    expect(own).not.toContain("/glossary/awareness/");
    expect(p.root.querySelector('.stage-filter a[aria-current="page"]')?.text).toBe("Decision");
  });
});

describe("site-wide", () => {
  it("every page has a canonical URL, Open Graph tags and the feed autodiscovery link", () => {
    for (const p of pages) {
      expect(p.root.querySelector('link[rel="canonical"]')?.getAttribute("href"), p.url).toMatch(/^https?:\/\//);
      expect(p.root.querySelector('meta[property="og:title"]'), p.url).not.toBeNull();
      expect(
        p.root.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href"),
        p.url,
      ).toBe("/feed.xml");
    }
  });

  it("every page has a skip link to the main content and the six nav links, only one of them current", () => {
    for (const p of pages) {
      expect(p.root.querySelector(".skip-link")?.getAttribute("href"), p.url).toBe("#main");
      expect(
        p.root.querySelectorAll("nav[aria-label=Main] a").map((a) => a.text),
        p.url,
      ).toEqual(["Glossary", "Guides", "Calculator", "Compare", "Journey map", "Search"]);
      expect(p.root.querySelectorAll("nav[aria-label=Main] a[aria-current]").length, p.url).toBeLessThanOrEqual(1);
    }
  });

  it("has no broken internal link, anchor or asset", () => {
    expect(findBrokenLinks(builtSite, pages)).toEqual([]);
  });

  it("every JSON-LD block parses; terms are DefinedTerms in the glossary's DefinedTermSet", () => {
    for (const p of pages) {
      for (const script of p.root.querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(script.text), p.url).not.toThrow();
      }
    }
    const blocks = (url: string) =>
      page(url)
        .root.querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.text));
    const set = blocks("/glossary/").find((b) => b["@type"] === "DefinedTermSet");
    expect(set.hasDefinedTerm).toHaveLength(model.terms.length);
    const term = blocks("/glossary/awareness/").find((b) => b["@type"] === "DefinedTerm");
    expect(term).toMatchObject({ name: "Awareness", inDefinedTermSet: { "@id": set["@id"] } });
    const crumbs = blocks("/glossary/awareness/").find((b) => b["@type"] === "BreadcrumbList");
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(["Home", "Glossary", "Awareness"]);
  });

  it("the Atom feed is valid XML, lists the newest terms and guides first, with full content and absolute URLs", () => {
    const xml = readFileSync(join(builtSite, "feed.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat();
    const published = [...model.terms, ...model.guides];
    expect(entries).toHaveLength(Math.min(feedSize, published.length));
    const dates = entries.map((e: { updated: string }) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const oldestListed = Math.min(...dates);
    const links: string[] = entries.map((e: { link: { "@_href": string } }) => e.link["@_href"]);
    for (const entry of published.filter((p) => p.updated.getTime() > oldestListed)) {
      expect(links).toContainEqual(expect.stringMatching(new RegExp(`^https?://[^/]+${entry.url}$`)));
    }
    // The newest term listed, whichever it is: a fixed slug drops out of the feed as others are edited.
    const newestTerm = entries.find((e: { link: { "@_href": string } }) => e.link["@_href"].includes("/glossary/"));
    expect(newestTerm.content["#text"]).toContain('href="https://');
    expect(newestTerm.content["#text"]).toMatch(/<h2>[^<]+\?<\/h2>/);
  });

  it("sitemap.xml lists every page with absolute URLs, in URL order, and robots.txt points to it", () => {
    const sitemap = readFileSync(join(builtSite, "sitemap.xml"), "utf8");
    expect(XMLValidator.validate(sitemap)).toBe(true);
    // The 404 page and the offline page (what the service worker shows for a page not stored) are not content.
    const fallbacks = ["/404.html", "/offline/"];
    for (const p of pages.filter((p) => !fallbacks.includes(p.url))) expect(sitemap, p.url).toContain(`${p.url}</loc>`);
    expect(sitemap).not.toContain("404");
    expect(sitemap).not.toContain("/offline/");
    const locations = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]);
    expect(locations, "sorted by URL, so a rebuild of the same content gives the same file").toEqual(
      [...locations].sort(),
    );
    expect(readFileSync(join(builtSite, "robots.txt"), "utf8")).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});
