// The site's ethics rule for therapists and coaches, held over the real glossary, guides and stage fixes:
// one entry teaches marketing ethics with each code cited, the others link to it, and no page gives the
// therapist default in its weaker form.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load-content.ts";
import stages from "../../_data/stages.json" with { type: "json" };
import { projectRoot } from "../helpers/paths.ts";

const model = loadContent({ root: projectRoot, includeDrafts: false });
const ethicsUrl = "/glossary/marketing-ethics/";
const pages = [...model.terms, ...model.guides].map((page) => ({
  path: page.path,
  url: page.url,
  text: readFileSync(join(projectRoot, page.path), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
}));
const ethics = pages.find((page) => page.url === ethicsUrl);

describe("the marketing ethics entry", () => {
  it("exists and cites each code and rule a therapist or coach answers to, in its text and its sources", () => {
    expect(ethics).toBeDefined();
    const cited = [
      /APA Standard 5\.05/,
      /APA 5\.06/,
      /APA 6\.07/,
      /ACA C\.3\.b/,
      /BACP/,
      /UKCP/,
      /ICF/,
      /EMCC/,
      /16 CFR 255/,
      /16 CFR 465/,
      /CAP Code/,
      /DMCC Act/,
    ];
    expect(cited.filter((code) => !code.test(ethics?.text ?? "")).map(String)).toEqual([]);
    const sources = model.termsBySlug["marketing-ethics"]?.sources.map((source) => source.url) ?? [];
    expect(sources.length).toBeGreaterThanOrEqual(10);
  });
});

describe("other pages", () => {
  it("that touch a code's testimonial or solicitation clause link the ethics entry rather than teach it again", () => {
    const teaching = pages.filter((page) => page.url !== ethicsUrl && /\b5\.0[56]\b|C\.3\.b/.test(page.text));
    expect(teaching.filter((page) => !page.text.includes(`](${ethicsUrl})`)).map((page) => page.path)).toEqual([]);
  });

  it("never tell a practitioner to thank every referrer personally (it confirms to the referrer that someone came)", () => {
    const texts = [...pages, ...stages.flatMap((stage) => stage.fixes.map((text) => ({ path: stage.id, text })))];
    expect(texts.filter(({ text }) => /thank(ing)? every referrer/i.test(text)).map(({ path }) => path)).toEqual([]);
  });

  it("never limit the therapist default to current clients only", () => {
    const fixes = stages.flatMap((stage) => stage.fixes).filter((fix) => /therapist/i.test(fix));
    const currentOnly = fixes.filter((fix) => /current clients/i.test(fix) && !/former/i.test(fix));
    expect(currentOnly).toEqual([]);
  });
});
