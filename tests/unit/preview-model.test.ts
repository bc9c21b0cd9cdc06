import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cardPlacement,
  linksToTerms,
  parsePreviewIndex,
  previewIndex,
  tapOutcome,
  termSlugOf,
} from "../../src/previews/preview-model.ts";

const page = "https://atlas.example/guides/decision/";

describe("termSlugOf", () => {
  it("finds the term a link on this site points to, relative or absolute, with or without a fragment", () => {
    expect(termSlugOf("/glossary/funnel-leak/", page)).toBe("funnel-leak");
    expect(termSlugOf("../../glossary/no-show-rate/", page)).toBe("no-show-rate");
    expect(termSlugOf("https://atlas.example/glossary/referral/#example", page)).toBe("referral");
  });
  it("ignores the A–Z page, stage filter pages, other sites and other sections", () => {
    for (const href of [
      "/glossary/",
      "/glossary/stage/decision/",
      "https://elsewhere.example/glossary/referral/",
      "/guides/decision/",
      "/glossary/previews.json",
      "mailto:x@y.z",
      "http://[bad",
    ]) {
      expect(termSlugOf(href, page), href).toBeUndefined();
    }
  });
});

describe("linksToTerms (decides at build time whether a page loads the preview script)", () => {
  it("is true for HTML with a term link and false without one", () => {
    expect(linksToTerms('<p>See <a href="/glossary/funnel-leak/">funnel leak</a>.</p>')).toBe(true);
    expect(linksToTerms('<a href="/glossary/referral/#how">x</a>')).toBe(true);
    expect(
      linksToTerms(
        '<a href="/glossary/">A–Z</a> <a href="/glossary/stage/retention/">Retention</a> <a href="/calculator/">c</a>',
      ),
    ).toBe(false);
  });
});

describe("the preview index", () => {
  it("is slug → title and summary, built from the terms", () => {
    expect(previewIndex([{ slug: "referral", title: "Referral", summary: "A new client sent by someone." }])).toEqual({
      referral: { title: "Referral", summary: "A new client sent by someone." },
    });
  });
  it("reads back what the build writes", () => {
    const built = previewIndex([
      { slug: "a-b", title: "A b", summary: "S." },
      { slug: "c", title: "C", summary: "T." },
    ]);
    const parsed = parsePreviewIndex(JSON.parse(JSON.stringify(built)));
    expect([...parsed]).toEqual([
      ["a-b", { title: "A b", summary: "S." }],
      ["c", { title: "C", summary: "T." }],
    ]);
  });
  it("keeps only well-formed entries, and a __proto__ key reaches no prototype", () => {
    const parsed = parsePreviewIndex(
      JSON.parse(
        '{"__proto__":{"title":"x","summary":"y"},"ok":{"title":"Ok","summary":"Fine."},"Bad Slug":{"title":"a","summary":"b"},"no-summary":{"title":"a"},"num":{"title":1,"summary":"b"}}',
      ),
    );
    expect([...parsed.keys()]).toEqual(["ok"]);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
  it("never throws, whatever the file holds", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => parsePreviewIndex(value) instanceof Map));
    expect(parsePreviewIndex(null).size).toBe(0);
    expect(parsePreviewIndex([1, 2]).size).toBe(0);
  });
});

describe("a tap on a term link", () => {
  it("shows the preview first, and follows the link when its preview is already showing", () => {
    expect(tapOutcome(false)).toBe("preview");
    expect(tapOutcome(true)).toBe("follow");
  });
});

describe("cardPlacement", () => {
  it("goes below the link when it fits, above when only that fits", () => {
    expect(cardPlacement({ top: 100, bottom: 120 }, 100, 800)).toBe("below");
    expect(cardPlacement({ top: 700, bottom: 720 }, 100, 800)).toBe("above");
  });
  it("stays below when neither side fits but below has more room", () => {
    expect(cardPlacement({ top: 100, bottom: 120 }, 900, 800)).toBe("below");
  });
});
