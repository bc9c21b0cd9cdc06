// The core's one helper for each wording job: shortening by grapheme within a code-point budget,
// control characters, download names, articles and plurals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxLabelLength, parseLabel } from "../../src/funnel/funnel-input.ts";
import { codePointCount, fileSlug, shorten, stripControls, withArticle, wording } from "../../src/funnel/text.ts";

describe("labels are limited in code points as well as graphemes", () => {
  it("one letter with 10,000 combining marks (one grapheme) does not pass the 60-character limit", () => {
    const heavy = `a${"\u0301".repeat(10_000)}`;
    const started = performance.now();
    const result = parseLabel(heavy);
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("real names pass: 60 family emoji, accents, flags", () => {
    expect(parseLabel("👨‍👩‍👧‍👦".repeat(maxLabelLength)).ok).toBe(true);
    expect(parseLabel("Café visitors 🇬🇧 ñ".padEnd(maxLabelLength, "é")).ok).toBe(true);
  });

  it("shorten cuts by grapheme, marks the cut, and never returns more code points than its budget", () => {
    expect(shorten("Watched the workshop replay", 10)).toBe("Watched t…");
    expect(shorten("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 1)).toBe("…");
    expect(shorten("short", 10)).toBe("short");
    expect(codePointCount(shorten(`a${"\u0301".repeat(10_000)}`, 60))).toBeLessThanOrEqual(481);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const cut = shorten(text, max);
        expect(codePointCount(cut)).toBeLessThanOrEqual(max * 8 + 1);
        if (cut !== text) expect(cut.endsWith("…")).toBe(true);
      }),
    );
  });
});

describe("control characters", () => {
  it("go from names, and a note keeps only what it allows", () => {
    expect(stripControls("Oct\u0000ober\u0007 2026\n")).toBe("October 2026");
    expect(stripControls("line one\nline\ttwo\u0008", "\n")).toBe("line one\nlinetwo");
    expect(stripControls("a\tb\nc\rd", "\t\n")).toBe("a\tb\ncd");
  });
});

describe("download names", () => {
  it("are lowercase words joined by hyphens, or the fallback", () => {
    expect(fileSlug("My Client Journey (v2)", "journey-map")).toBe("my-client-journey-v2");
    expect(fileSlug("Café été", "x")).toBe("cafe-ete");
    expect(fileSlug("🙂🙂", "journey-map")).toBe("journey-map");
  });
});

describe("articles and plurals", () => {
  it("an advocacy problem, a trust problem; 1 more continuing client, 2 more paying clients", () => {
    expect(withArticle("advocacy")).toBe("an advocacy");
    expect(withArticle("trust")).toBe("a trust");
    const w = wording("en-GB", "GBP");
    expect(w.aboutMoreOf(1.2, "continuing client")).toBe("about 1 more continuing client");
    expect(w.aboutMoreOf(2, "paying client")).toBe("about 2 more paying clients");
    expect(w.aboutMoreOf(0.3, "person")).toBe("less than one more person");
  });
});
