// The five stage guides and the hub, as built: every required part, and the prev/next chain.
import { beforeAll, describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { builtSite } from "../helpers/paths.ts";
import { readPages, type BuiltPage } from "../helpers/site-files.ts";
import { illustrationPattern } from "../../src/content/editorial-rules.ts";

let pages: Map<string, BuiltPage>;
const page = (url: string): BuiltPage => {
  const found = pages.get(url);
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
};
const headings = (p: BuiltPage) => p.root.querySelectorAll("h2").map((h) => h.text.trim());

beforeAll(() => {
  pages = new Map(readPages(builtSite).map((p) => [p.url, p]));
});

describe("stage guides", () => {
  it.each(stages.map((stage, i) => [stage.id, i] as const))("%s has every part a lesson needs", (id, i) => {
    const stage = stages[i]!;
    const p = page(`/guides/${id}/`);
    const text = p.root.querySelector("article")!.text;
    expect(p.root.querySelector(".reading-time")?.text).toMatch(/^\d+ min read$/);
    expect(p.root.querySelector(".stage-question")?.text).toBe(`“${stage.question}”`);
    expect(text).toContain(stage.job);
    expect(headings(p)).toEqual(
      expect.arrayContaining([
        "Common leaks, and what to try first",
        "A worked example",
        "Worth remembering",
        "What should you watch?",
        "Over to you: a note for yourself",
      ]),
    );
    expect(
      headings(p).some((h) => /^Where (does|do)/.test(h)),
      "a touchpoints section",
    ).toBe(true);
    for (const fix of stage.fixes) expect(text).toContain(fix);
    // Invented numbers are labelled, in the guide's own words rather than one stock sentence.
    expect(text).toMatch(illustrationPattern);
    expect(p.root.querySelector("#reflection-prompt")?.text.length).toBeGreaterThan(40);
    expect(p.root.querySelector('[data-x-data="reflectionBox"]')?.getAttribute("data-storage-key")).toBe(
      `journey-atlas:reflection:${id}`,
    );
    expect(p.root.querySelector(".calculator-cta a")?.getAttribute("href")).toBe("/calculator/");
    expect(p.root.querySelector(".stage-diagram__band--current text")?.text).toBe(`${i + 1}. ${stage.name}`);
    expect(p.root.querySelector(".stage-diagram__band--current .stage-diagram__marker")?.text).toBe("◀ this guide");
    expect(p.root.querySelector("svg.stage-diagram title")).not.toBeNull();
  });

  it("previous and next links chain the guides in stage order", () => {
    stages.forEach((stage, i) => {
      const p = page(stage.guideUrl);
      const previous = p.root.querySelector('.guide-pager a[rel="prev"]')?.getAttribute("href");
      const next = p.root.querySelector('.guide-pager a[rel="next"]')?.getAttribute("href");
      expect(previous).toBe(stages[i - 1]?.guideUrl);
      expect(next).toBe(stages[i + 1]?.guideUrl);
    });
  });

  it("loads the reflection script on stage guides only", () => {
    expect(page("/guides/retention/").root.querySelector('script[src="/assets/js/reflection-box.js"]')).not.toBeNull();
    expect(page("/guides/").root.querySelector('script[src="/assets/js/reflection-box.js"]')).toBeNull();
  });
});

describe("the hub guide", () => {
  it("covers the journey, journey vs funnel vs value ladder, the model table and the five guides in order", () => {
    const p = page("/guides/");
    expect(p.root.querySelector("h1")?.text).toBe("Sales funnels for coaches, therapists & mentors");
    expect(headings(p)).toEqual(
      expect.arrayContaining([
        "Why think of it as one journey?",
        "How do the journey, the funnel and the value ladder differ?",
      ]),
    );
    // The maths the calculator uses, in words (taught in full once, in overall conversion): no single stage caps it.
    expect(p.root.querySelector("article")!.text).toContain("a fix at any step carries through to the end");
    expect(p.root.querySelector('article a[href="/glossary/overall-conversion/"]')).not.toBeNull();
    expect(p.root.querySelector("article")!.text).not.toMatch(/sets the ceiling|capped by/i);
    const tables = p.root.querySelectorAll(".prose table");
    const terms = tables.find((t) => t.text.includes("Whose point of view"))!.text;
    for (const term of ["Customer journey", "Sales funnel", "Value ladder"]) expect(terms).toContain(term);
    const table = tables.find((t) => t.text.includes("Team roles"))!;
    const header = table.querySelectorAll("th").map((th) => th.text);
    expect(header).toHaveLength(4);
    const cells = table.text;
    for (const word of ["Marketing", "Sales", "Onboarding", "Purchase", "Adoption", "Expansion", "Advocacy"])
      expect(cells).toContain(word);
    expect(p.root.querySelectorAll(".guide-index a").map((a) => a.getAttribute("href"))).toEqual(
      stages.map((s) => s.guideUrl),
    );
    expect(p.root.querySelector("svg.stage-diagram")).not.toBeNull();
  });

  it("puts the five guides first, as cards with the question each answers, and the diagram's stages link to their guides", () => {
    const p = page("/guides/");
    const article = p.root.querySelector("article")!;
    const cards = article.querySelectorAll(".guide-cards li");
    expect(cards.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual(stages.map((s) => s.guideUrl));
    expect(cards.map((li) => li.querySelector(".stage-question")?.text)).toEqual(stages.map((s) => `“${s.question}”`));
    // First: right after the page header, before the diagram and the prose.
    const blocks = article.childNodes
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as typeof article).classNames || (n as typeof article).tagName);
    expect(blocks.slice(0, 3)).toEqual(["page-header", "guide-cards-section", "diagram diagram--hub"]);
    expect(p.root.querySelectorAll("svg.stage-diagram a").map((a) => a.getAttribute("href"))).toEqual(
      stages.map((s) => s.guideUrl),
    );
    expect(p.root.querySelectorAll("svg.stage-diagram a").map((a) => a.getAttribute("aria-label"))).toEqual(
      stages.map((s, i) => `${i + 1}. ${s.name} guide`),
    );
  });

  it("a stage guide's diagram links to the other four guides, not to itself", () => {
    const p = page("/guides/decision/");
    expect(p.root.querySelectorAll("svg.stage-diagram a").map((a) => a.getAttribute("href"))).toEqual(
      stages.filter((s) => s.id !== "decision").map((s) => s.guideUrl),
    );
  });
});
