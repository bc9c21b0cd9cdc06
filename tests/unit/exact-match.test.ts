import { describe, expect, it } from "vitest";
import { nameShard, pinExactMatch, type SearchResult } from "../../src/search/exact-match.ts";

const names = [{ name: "client journey", url: "/glossary/customer-journey/", title: "Customer journey" }];
const result = (url: string, title: string): SearchResult => ({ id: url, url, title, excerpt: "", kind: "Term" });

describe("pinExactMatch", () => {
  it("moves the term an alias names to the top", () => {
    const results = [result("/guides/", "Hub"), result("/glossary/customer-journey/", "Customer journey")];
    expect(pinExactMatch(results, " Client Journey ", names, "").map((r) => r.title)).toEqual(["Customer journey", "Hub"]);
  });
  it("adds the term when the index did not return it", () => {
    expect(pinExactMatch([result("/guides/", "Hub")], "client journey", names, "")[0]?.url).toBe("/glossary/customer-journey/");
  });
  it("leaves results alone for other queries and for guide-only searches", () => {
    const results = [result("/guides/", "Hub")];
    expect(pinExactMatch(results, "journey", names, "")).toBe(results);
    expect(pinExactMatch(results, "client journey", names, "Guide")).toBe(results);
  });
});

describe("nameShard", () => {
  it("files a name under its first letter, accents folded, and anything else under other", () => {
    expect(["Client journey", " churn", "Éclair", "1:1 session", "NPS"].map(nameShard)).toEqual(["c", "c", "e", "other", "n"]);
  });
});
