import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looseName, pinExactMatch } from "../../src/search/exact-match.ts";
import { lookUpName } from "../../src/search/forgiving-query.ts";

const term = (name: string, title: string, slug: string) => ({ name, title, url: `/glossary/${slug}/` });
const names = [
  term("referral", "Referral", "referral"),
  term("referral partner", "Referral partner", "referral-partner"),
  term("rebooking", "Rebooking", "rebooking"),
  term("retention", "Retention", "retention"),
  term("no-show rate", "No-show rate", "no-show-rate"),
  term("no-show", "No-show rate", "no-show-rate"),
  term("dna", "No-show rate", "no-show-rate"),
  term("onboarding", "Onboarding", "onboarding"),
];

describe("looseName", () => {
  it("reads hyphens, dashes and runs of spaces as one space, and ignores case and the ends", () => {
    expect(["No-show", "no show", " NO  SHOW ", "no–show", "no\u2011show"].map(looseName)).toEqual(
      Array(5).fill("no show"),
    );
    expect(looseName("lead")).not.toBe(looseName("lead magnet"));
  });
});

describe("lookUpName", () => {
  it("finds the term a query names, however it is spaced, hyphenated or capitalised", () => {
    expect(lookUpName("No Show", names).named?.url).toBe("/glossary/no-show-rate/");
    expect(lookUpName("DNA", names).named?.title).toBe("No-show rate");
    expect(lookUpName("no show", names).resembles).toBeUndefined();
  });

  it("offers the term a near-miss resembles", () => {
    expect(lookUpName("refferal", names)).toEqual({ resembles: names[0] });
    expect(lookUpName("onbording", names).resembles?.title).toBe("Onboarding");
    expect(lookUpName("rebookin", names).resembles?.title).toBe("Rebooking");
  });

  it("offers nothing for a short query or for a word that is not near any name", () => {
    expect(lookUpName("ref", names)).toEqual({});
    expect(lookUpName("xylophonic", names)).toEqual({});
    expect(lookUpName("   ", names)).toEqual({});
  });

  it("never names and guesses at once, and any guess is one of the names given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (query) => {
        const { named, resembles } = lookUpName(query, names);
        expect(named && resembles).toBeFalsy();
        if (resembles) expect(names).toContain(resembles);
      }),
    );
  });
});

describe("pinExactMatch with a spaced query", () => {
  it("pins the hyphenated term for its spaced form", () => {
    const ranked = pinExactMatch([], 0, "no show", names, "");
    expect(ranked.results.map((r) => r.title)).toEqual(["No-show rate"]);
  });
});
