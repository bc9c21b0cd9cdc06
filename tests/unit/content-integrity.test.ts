// Issue 17's countable rules, held over the real glossary and guides: figures are sourced or labelled as
// illustrations, every alias names one term, and no new-term hint is left behind. Each rule is also shown to
// catch a bad case. (No template sentence repeating and nothing shared with the source documents: the team's
// tools check those, in tests/tools/originality.test.ts.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits, type SourceFile } from "../../src/content/content-model.ts";
import { editorialFindings, hasFigures, labelsIllustration } from "../../src/content/editorial-rules.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { termSchema } from "../../src/content/term-schema.ts";
import stages from "../../_data/stages.json" with { type: "json" };
import { outlineMarkdown, placeholderFindings } from "../../src/content/placeholders.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { projectRoot } from "../helpers/paths.ts";

const model = loadContent({ root: projectRoot, includeDrafts: false });
const withBody = (file: SourceFile, body: string): SourceFile => ({ ...file, body });

describe("figures in entries", () => {
  it("recognise percentages and multiples, not plain counts", () => {
    expect(hasFigures("18 of 120 booked, or 15%.")).toBe(true);
    expect(hasFigures("about 15 percent of callers")).toBe(true);
    expect(hasFigures("the end count grows 1.5× if that step reaches target")).toBe(true);
    expect(hasFigures("40 people had a free call and 10 booked.")).toBe(false);
  });

  it("accept more than one way of saying the numbers are an illustration", () => {
    for (const label of [
      "These are made-up numbers.",
      "An illustration only.",
      "Invented figures, to show the sums.",
      "This is an example, not a benchmark.",
    ]) {
      expect(labelsIllustration(label), label).toBe(true);
    }
    expect(labelsIllustration("For example, 35% of calls convert.")).toBe(false);
  });

  it("need a source or an illustration label in every published entry", () => {
    const unlabelled = model.terms.filter((term) => {
      const body = bodyOf(term.path);
      return hasFigures(body) && term.sources.length === 0 && !labelsIllustration(body);
    });
    expect(unlabelled.map((term) => term.path)).toEqual([]);
  });

  it("are flagged when an entry has neither", () => {
    expect(
      editorialFindings("## What is it?\n\nMost coaches convert 35% of calls.\n\n## Why?\n\nText.", false).map(
        (f) => f.message,
      ),
    ).toEqual([expect.stringMatching(/^uses percentages or multiples with no source/)]);
    expect(editorialFindings("## What is it?\n\nMost coaches convert 35% of calls.\n\n## Why?\n\nText.", true)).toEqual(
      [],
    );
  });
});

describe("aliases", () => {
  it("each name one published entry only, and never another entry's title", () => {
    const names = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of model.terms) {
      for (const name of [term.title, ...term.aliases]) {
        const key = name.toLowerCase();
        const owner = names.get(key);
        if (owner && owner !== term.path) clashes.push(`"${name}" in ${term.path} and ${owner}`);
        names.set(key, term.path);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("that clash are an error naming both files", () => {
    const [alpha, beta, gamma] = fixtureTerms("valid");
    const files = [
      { ...alpha!, data: { ...alpha!.data, aliases: ["shared name"] } },
      { ...beta!, data: { ...beta!.data, aliases: ["Shared Name"] } },
      gamma!,
    ];
    const problems = buildContentModel(files, {
      includeDrafts: false,
      knownSeries: [],
      otherPages: [],
      wordLimits: defaultWordLimits,
    }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "src/glossary/beta.md",
        severity: "error",
        message: expect.stringContaining('"Shared Name" is already the alias of src/glossary/alpha.md'),
      }),
    );
  });
});

describe("sources", () => {
  it("on every page are ordinary web addresses (https or http)", () => {
    const urls = [...model.terms, ...model.guides].flatMap((page) =>
      page.sources.map((source) => ({ page: page.path, url: source.url })),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(({ url }) => !/^https?:\/\//.test(url))).toEqual([]);
  });

  it("with any other scheme are refused by the schema", () => {
    const term = { title: "T", summary: "S.", stage: "all", related: ["a", "b"] };
    const source = { title: "A study", publisher: "Someone", year: 2020 };
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "file:///etc/passwd", "data:text/html,hi"]) {
      expect(termSchema.safeParse({ ...term, sources: [{ ...source, url }] }).success, url).toBe(false);
    }
    expect(termSchema.safeParse({ ...term, sources: [{ ...source, url: "https://example.org/study" }] }).success).toBe(
      true,
    );
  });
});

describe("stage fixes (_data/stages.json)", () => {
  // APA 5.05, BACP and UKCP: a fix that asks clients for a testimonial, review or referral must carve therapists out.
  it("never ask for a testimonial, review or referral without saying what therapists may not do", () => {
    const asks = stages
      .flatMap((stage) => stage.fixes.map((fix) => ({ stage: stage.id, fix })))
      .filter(({ fix }) => /\b(ask|invite|request)\w*\b/i.test(fix) && /testimonial|review|referr/i.test(fix));
    expect(asks.filter(({ fix }) => !/therapist/i.test(fix))).toEqual([]);
  });
});

describe("new-term placeholders", () => {
  it("are not left in any published entry", () => {
    expect(model.terms.filter((term) => placeholderFindings(bodyOf(term.path)).length > 0).map((t) => t.path)).toEqual(
      [],
    );
  });

  it("are found in a fresh outline, and flagged as an error that names the hint", () => {
    const outline = outlineMarkdown("Lead magnet");
    expect(placeholderFindings(outline).length).toBeGreaterThanOrEqual(4);
    const [alpha, beta, gamma] = fixtureTerms("valid");
    const problems = buildContentModel([withBody(alpha!, outline), beta!, gamma!], {
      includeDrafts: false,
      knownSeries: [],
      otherPages: [],
      wordLimits: defaultWordLimits,
    }).problems;
    expect(problems.filter((p) => p.file === "src/glossary/alpha.md").map((p) => p.message)).toContainEqual(
      expect.stringMatching(/still has the outline's hint "One paragraph in plain words/),
    );
  });
});

/** An entry's Markdown without its front matter. */
function bodyOf(path: string): string {
  return readFileSync(join(projectRoot, path), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
}
