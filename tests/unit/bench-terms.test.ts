// The benchmark must build content an editor could have written: terms that pass the build's own
// checks, with the shape the performance issue asks for.
import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits } from "../../src/content/content-model.ts";
import { countWords, extractInternalLinks } from "../../src/content/markdown-text.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { syntheticSlug, syntheticTerm } from "../../scripts/bench/generate-terms.ts";

const n = 200;
const files = Array.from({ length: n }, (_, k) => {
  const parsed = parseSourceFile(
    `src/glossary/${syntheticSlug(k + 1)}.md`,
    "term",
    syntheticTerm(k + 1, n),
    new Date("2026-11-22"),
  );
  if ("message" in parsed) throw new Error(parsed.message);
  return parsed;
});

describe("generated benchmark terms", () => {
  it("pass every content check with no error", () => {
    const model = buildContentModel(files, {
      includeDrafts: false,
      knownSeries: [],
      otherPages: [],
      wordLimits: defaultWordLimits,
    });
    expect(model.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(model.terms).toHaveLength(n);
  });

  it("have 300–600 words, three related terms and five inline links to other terms", () => {
    for (const file of files) {
      expect(countWords(file.body), file.path).toBeGreaterThanOrEqual(300);
      expect(countWords(file.body), file.path).toBeLessThanOrEqual(600);
      expect(file.data.related, file.path).toHaveLength(3);
      const links = extractInternalLinks(file.body);
      expect(links, file.path).toHaveLength(5);
      expect(
        links.every((link) => link.startsWith("/glossary/bench-term-")),
        file.path,
      ).toBe(true);
    }
  });

  it("are the same on every run, so runs compare", () => {
    expect(syntheticTerm(7, n)).toBe(syntheticTerm(7, n));
  });
});
