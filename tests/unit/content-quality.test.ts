// The measurable parts of CONTRIBUTING.md's "How an entry reads", held over the real glossary, and shown to catch a bad entry.
import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits, formatProblem } from "../../src/content/content-model.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { projectRoot } from "../helpers/paths.ts";
import { publishedContentFailures, requiredTerms } from "../helpers/content-rules.ts";

const model = loadContent({ root: projectRoot, includeDrafts: false });

describe("the published glossary", () => {
  it("has at least 65 entries, including every term of its core vocabulary", () => {
    expect(model.terms.length).toBeGreaterThanOrEqual(65);
    expect(requiredTerms.filter((slug) => !model.termsBySlug[slug])).toEqual([]);
  });

  it("meets the brief: 250–700 words, short summaries, two or more related terms, no orphans, no unlabelled figures", () => {
    expect(model.problems.map(formatProblem)).toEqual([]);
    expect(publishedContentFailures(model)).toEqual([]);
  });

  it("links every entry from at least one other entry or guide", () => {
    const linked = new Set([
      ...Object.keys(model.backlinks),
      ...model.terms.flatMap((term) => term.related.map((slug) => `/glossary/${slug}/`)),
    ]);
    expect(model.terms.filter((term) => !linked.has(term.url)).map((t) => t.slug)).toEqual([]);
  });
});

describe("the same checks on a deliberately weak entry", () => {
  it("flag the word count, the missing question headings, the unsourced figure and the orphan", () => {
    const files = [...fixtureTerms("valid"), ...fixtureTerms("weak")];
    const messages = buildContentModel(files, {
      includeDrafts: false,
      knownSeries: [],
      otherPages: [],
      wordLimits: defaultWordLimits,
    })
      .problems.filter((p) => p.file === "src/glossary/weak-entry.md")
      .map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^has \d+ words; a term reads best at 250–700$/),
        expect.stringMatching(/^has 0 question headings;/),
        expect.stringMatching(/^uses percentages or multiples with no source/),
        expect.stringMatching(
          /^no other entry links here yet: add `weak-entry` to the related list of one of these: src\/glossary\/[a-z-]+\.md/,
        ),
      ]),
    );
  });
});
