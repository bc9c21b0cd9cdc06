// The `sources` list: each mistake an editor can make is refused with the file, the field in words and what to write.
import { describe, expect, it } from "vitest";
import {
  buildContentModel,
  defaultWordLimits,
  formatProblem,
  type SourceFile,
} from "../../src/content/content-model.ts";
import { sourceSchema } from "../../src/content/source-schema.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";

const options = { includeDrafts: false, knownSeries: [], otherPages: [], wordLimits: defaultWordLimits };

const reichheld = {
  title: "The One Number You Need to Grow",
  author: "Frederick F. Reichheld",
  publisher: "Harvard Business Review",
  year: 2003,
  url: "https://hbr.org/2003/12/the-one-number-you-need-to-grow",
};

/** A term beside the valid fixtures whose second source is `second`, and the errors a build would print for it. */
function errorsForSecondSource(second: Record<string, unknown>): string[] {
  const term: SourceFile = {
    path: "src/glossary/sourced.md",
    kind: "term",
    data: {
      title: "Sourced",
      summary: "A term that cites its sources.",
      stage: "all",
      related: ["alpha", "beta"],
      sources: [reichheld, second],
    },
    body: "A body.",
    lastModified: new Date("2026-01-01T00:00:00Z"),
  };
  const model = buildContentModel([...fixtureTerms("valid"), term], options);
  // The test term is new, so nothing links to it yet; that (orphan) error is not what these tests are about.
  return model.problems
    .filter((p) => p.severity === "error" && !p.message.startsWith("no other entry links here"))
    .map(formatProblem);
}

describe("a source in the front matter", () => {
  it("is accepted with a title, an author or a publisher, a year and an https address, and reaches the page data", () => {
    expect(
      errorsForSecondSource({
        title: "Ethical Principles of Psychologists and Code of Conduct",
        publisher: "American Psychological Association",
        year: 2017,
        url: "https://www.apa.org/ethics/code",
      }),
    ).toEqual([]);
    const term: SourceFile = {
      path: "src/glossary/sourced.md",
      kind: "term",
      data: { title: "Sourced", summary: "Cites.", stage: "all", related: ["alpha", "beta"], sources: [reichheld] },
      body: "",
      lastModified: new Date(),
    };
    expect(buildContentModel([...fixtureTerms("valid"), term], options).termsBySlug["sourced"]?.sources).toEqual([
      reichheld,
    ]);
  });

  it("is accepted with a plain http address", () => {
    expect(sourceSchema.safeParse({ ...reichheld, url: "http://example.org/report" }).success).toBe(true);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["ftp:", "ftp://example.org/report.pdf"],
    ["data:", "data:text/html,hello"],
  ])("refuses a %s address, naming the file, the field in words and what to write", (scheme, url) => {
    expect(errorsForSecondSource({ ...reichheld, url })).toEqual([
      `src/glossary/sourced.md: the web address (url) of the second source "${url}" starts with "${scheme}": a web address here must start with https:// (or http://), such as https://example.org/study`,
    ]);
  });

  it("refuses an address that is not a full web address", () => {
    expect(errorsForSecondSource({ ...reichheld, url: "hbr.org/the-one-number" })).toEqual([
      'src/glossary/sourced.md: the web address (url) of the second source "hbr.org/the-one-number" is not a full web address: write it with https:// at the start, such as https://example.org/study',
    ]);
  });

  it("refuses a source with no year, or a year that is not a plausible publication year", () => {
    const { year: _year, ...noYear } = reichheld;
    expect(errorsForSecondSource(noYear)).toEqual([
      "src/glossary/sourced.md: the year of the second source is missing: add the year it was published, as a number such as 2003",
    ]);
    expect(errorsForSecondSource({ ...reichheld, year: 203 })).toEqual([
      "src/glossary/sourced.md: the year of the second source should be a year from 1900 to 2100",
    ]);
    expect(errorsForSecondSource({ ...reichheld, year: 2003.5 })).toEqual([
      "src/glossary/sourced.md: the year of the second source should be a whole year, such as 2003",
    ]);
  });

  it("refuses a source with neither an author nor a publisher", () => {
    const { author: _a, publisher: _p, ...anonymous } = reichheld;
    expect(errorsForSecondSource(anonymous)).toEqual([
      "src/glossary/sourced.md: the second source needs an author or a publisher (or both): add a line such as publisher: Harvard Business Review",
    ]);
  });

  it("refuses a key it does not know, suggesting the one meant", () => {
    expect(errorsForSecondSource({ ...reichheld, publsher: "HBR" })).toEqual([
      'src/glossary/sourced.md: the second source has "publsher", which is not a field we know (did you mean "publisher"?): a source has title, author, publisher, year and url',
    ]);
  });
});
