import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countWords, extractInternalLinks, readingMinutes } from "../../src/content/markdown-text.ts";
import { isCalendarDate } from "../../src/content/term-schema.ts";
import { didYouMean } from "../../src/content/did-you-mean.ts";

describe("extractInternalLinks", () => {
  it("finds site-absolute links without anchors or queries, and ignores external ones", () => {
    const md =
      'See [a](/glossary/a/), [b](/guides/b/#part "Title"), [c](https://example.com/x) and [d](/calculator/?awareness=5).';
    expect(extractInternalLinks(md)).toEqual(["/glossary/a/", "/guides/b/", "/calculator/"]);
  });
});

describe("countWords", () => {
  it("counts words a reader sees, not link targets or Markdown marks", () => {
    expect(countWords("## Heading here\n\nA [linked phrase](/glossary/long-slug-here/) and **bold** text.")).toBe(8);
  });
  it("skips HTML tags and their attributes but counts the text between them", () => {
    expect(countWords('An <abbr title="Net Promoter Score">NPS</abbr> of 40, follow-up_rate and £1,200.')).toBe(9);
  });
  it("counts table cells and numbers", () => {
    expect(countWords("| Stage | People |\n|---|---|\n| Awareness | 1,000 |")).toBe(4);
  });
});

describe("readingMinutes", () => {
  it("is at least one minute and grows with length", () => {
    fc.assert(
      fc.property(fc.nat(20000), fc.nat(20000), (a, b) => {
        expect(readingMinutes(a)).toBeGreaterThanOrEqual(1);
        if (a <= b) expect(readingMinutes(a)).toBeLessThanOrEqual(readingMinutes(b));
      }),
    );
  });
});

describe("isCalendarDate", () => {
  it.each(["2026-11-22", "2024-02-29"])("accepts %s", (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(["2026-13-45", "2025-02-29", "2026-1-5", "22/11/2026", "yesterday"])("rejects %s", (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
});

describe("didYouMean", () => {
  it("suggests a close slug and nothing for a distant one", () => {
    expect(didYouMean("value-lader", ["value-ladder", "lead-magnet"])).toBe("value-ladder");
    expect(didYouMean("zzzzzz", ["value-ladder", "lead-magnet"])).toBeUndefined();
  });
});
