// The term page's aside, as built: where the term sits, related terms, mentions and a next step.
import { beforeAll, describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { loadContent } from "../../src/content/load-content.ts";
import type { ContentModel } from "../../src/content/content-model.ts";
import { builtSite, projectRoot } from "../helpers/paths.ts";
import { readPages, type BuiltPage } from "../helpers/site-files.ts";

let pages: Map<string, BuiltPage>;
let model: ContentModel;
const aside = (url: string) => {
  const found = pages.get(url)?.root.querySelector("main > .term-layout > aside.term-aside");
  if (!found) throw new Error(`no term aside inside <main> on ${url}`);
  return found;
};

beforeAll(() => {
  pages = new Map(readPages(builtSite).map((p) => [p.url, p]));
  model = loadContent({ root: projectRoot, includeDrafts: false });
});

describe("the term aside", () => {
  it("every term page has one after its article, with the stage, related terms with summaries and a next step", () => {
    for (const term of model.terms) {
      const a = aside(term.url);
      expect(a.previousElementSibling?.tagName, term.url).toBe("ARTICLE");
      const stage = stages.find((s) => s.id === term.stage);
      expect(a.querySelector(".term-aside__stage")?.text, term.url).toContain(stage ? stage.question : "Every stage");
      const related = a.querySelectorAll("[aria-labelledby=related-heading] li");
      expect(
        related.map((li) => li.querySelector("a")?.getAttribute("href")),
        term.url,
      ).toEqual(term.related.map((slug) => `/glossary/${slug}/`));
      expect(related.map((li) => li.querySelector("p")?.text)).toEqual(
        term.related.map((slug) => model.termsBySlug[slug]!.summary),
      );
      expect(a.querySelector(".term-aside__cta a")?.getAttribute("href"), term.url).toMatch(
        /^\/(calculator|map|guides(\/[a-z]+)?)\/$/,
      );
    }
  });

  it("lists where the term is mentioned", () => {
    const mentions = aside("/glossary/decision/")
      .querySelectorAll("[aria-labelledby=mentioned-heading] a")
      .map((a) => a.getAttribute("href"));
    expect(mentions).toEqual(model.backlinks["/glossary/decision/"]!.map((link) => link.url));
  });

  it("offers the step that fits: the calculator for a rate, a guide for a stage, the journey map for a touchpoint", () => {
    const cta = (url: string) => aside(url).querySelector(".term-aside__cta a")?.getAttribute("href");
    expect(cta("/glossary/conversion-rate/")).toBe("/calculator/");
    expect(cta("/glossary/no-show-rate/")).toBe("/calculator/");
    expect(cta("/glossary/retention/")).toBe("/guides/retention/");
    expect(cta("/glossary/touchpoint/")).toBe("/map/");
  });
});
