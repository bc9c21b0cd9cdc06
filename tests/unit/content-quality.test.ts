// The measurable parts of CONTRIBUTING.md's "How an entry reads", held over the real glossary, and shown to
// catch a bad entry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits, formatProblem } from "../../src/content/content-model.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { projectRoot } from "../helpers/paths.ts";
import { publishedContentFailures, requiredTerms } from "../helpers/content-rules.ts";

const model = loadContent({ root: projectRoot, includeDrafts: false });

describe("the published glossary", () => {
  it("has at least 80 entries, including every term of its core vocabulary", () => {
    expect(model.terms.length).toBeGreaterThanOrEqual(80);
    expect(requiredTerms.filter((slug) => !model.termsBySlug[slug])).toEqual([]);
  });

  it("meets the brief: 250–700 words, short summaries, two or more related terms, no orphans, no unlabelled figures", () => {
    expect(model.problems.map(formatProblem)).toEqual([]);
    expect(publishedContentFailures(model)).toEqual([]);
  });

  it("knows the UK name for a missed session: did not attend (DNA) finds the no-show rate", () => {
    expect(model.termsBySlug["no-show-rate"]?.aliases).toEqual(expect.arrayContaining(["did not attend", "DNA"]));
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

describe("a planned ending", () => {
  const pages = [...model.terms, ...model.guides].map((page) => ({
    path: page.path,
    body: readFileSync(join(projectRoot, page.path), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  }));

  it("is never counted as churn in words", () => {
    const countsAsChurn =
      /planned endings? (is|are) (one|a kind|a type|part) of[^.]*churn|(count|counts|counted|mark)[^.]*(planned|finished)[^.]*as (churn|churned)|when you track churn, mark each ending as planned/i;
    const sentences = pages.flatMap(({ path, body }) => body.split(/(?<=[.?!])\s+/).map((text) => ({ path, text })));
    expect(sentences.filter(({ text }) => countsAsChurn.test(text))).toEqual([]);
    expect(pages.find(({ path }) => path.endsWith("/planned-ending.md"))?.body).toMatch(/count as churn\?\s+Never\./);
  });

  it("is left out of every churn figure in a table: churn is clients who stopped early ÷ clients at the start", () => {
    const checked = pages.flatMap(({ path, body }) => churnTableRows(body).map((row) => ({ path, ...row })));
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((row) => Math.round((100 * row.stoppedEarly) / row.atStart) !== row.churnPercent)).toEqual(
      [],
    );
  });
});

/** Rows of any Markdown table with a clients-at-start, a stopped-early and a churn column. */
function churnTableRows(body: string): { atStart: number; stoppedEarly: number; churnPercent: number }[] {
  const rows: { atStart: number; stoppedEarly: number; churnPercent: number }[] = [];
  for (const table of body.split(/\n(?!\|)/).filter((block) => block.trimStart().startsWith("|"))) {
    const [header, , ...lines] = table
      .trim()
      .split("\n")
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const column = (pattern: RegExp): number => header?.findIndex((cell) => pattern.test(cell)) ?? -1;
    const [start, stopped, churn] = [column(/start/i), column(/stopped early/i), column(/^churn/i)];
    if (start < 0 || stopped < 0 || churn < 0) continue;
    for (const cells of lines) {
      const number = (index: number): number => Number.parseFloat(cells[index] ?? "");
      rows.push({ atStart: number(start), stoppedEarly: number(stopped), churnPercent: number(churn) });
    }
  }
  return rows;
}

describe("headings across the glossary", () => {
  const bodies = model.terms.map((term) => readFileSync(join(projectRoot, term.path), "utf8"));

  it("share no shape in more than a third of entries (entries should not read like one template)", () => {
    const overused = overusedHeadingShapes(bodies);
    expect(overused).toEqual([]);
  });

  it("are flagged when one shape runs through most entries", () => {
    const template = (n: number) => `## What is it?\n\nText.\n\n## How is it different from term ${n}?\n\nText.\n`;
    expect(overusedHeadingShapes([template(1), template(2), "## Why care?\n"])).toEqual([
      "a comparison (…different from… / …the same as…) in 2 of 3 entries",
      'the opening "what is it?" in 2 of 3 entries',
      'the opening "how is it different" in 2 of 3 entries',
    ]);
  });
});

/** Heading shapes the review found templated, by what they ask rather than their exact words. */
const templatedShapes: Record<string, RegExp> = {
  "a comparison (…different from… / …the same as…)": /\bdiffer\w*\b|\bsame (thing )?as\b/i,
  "a mistake (What is the mistake…)": /\bmistakes?\b/i,
};

/** Each shape (a templated one, or a heading's first four words) used by more than a third of the entries. */
function overusedHeadingShapes(bodies: string[]): string[] {
  const counts = new Map<string, number>();
  for (const body of bodies) {
    const headings = [...body.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]!.trim());
    const shapes = new Set<string>();
    for (const [shape, pattern] of Object.entries(templatedShapes))
      if (headings.some((heading) => pattern.test(heading))) shapes.add(shape);
    for (const heading of headings)
      shapes.add(`the opening "${heading.toLowerCase().split(/\s+/).slice(0, 4).join(" ")}"`);
    for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > bodies.length / 3)
    .map(([shape, count]) => `${shape} in ${count} of ${bodies.length} entries`);
}
