import { describe, expect, it } from "vitest";
import { appendPage, emptyQueryStatus, resultCount, searchStatus, shownOf } from "../../src/search/search-status.ts";
import type { SearchResult } from "../../src/search/exact-match.ts";

const result = (url: string): SearchResult => ({ id: url, url, title: url, excerpt: "", kind: "Term" });

describe("search status", () => {
  it("counts every match with the right plural", () => {
    expect(resultCount(1)).toBe("1 result");
    expect(resultCount(0)).toBe("0 results");
    expect(resultCount(1204)).toBe("1,204 results");
    expect(searchStatus({ query: " client ", total: 57, type: "", stage: "" })).toBe("57 results for “client”.");
    expect(searchStatus({ query: "nps", total: 1, type: "", stage: "" })).toBe("1 result for “nps”.");
  });
  it("says what to try for an empty query and for no result, naming the filters to widen", () => {
    expect(searchStatus({ query: "  ", total: 0, type: "", stage: "" })).toBe(emptyQueryStatus);
    expect(emptyQueryStatus).toMatch(/such as “churn”/);
    expect(searchStatus({ query: "zzz", total: 0, type: "", stage: "" })).toMatch(
      /^Nothing found for “zzz”\. Try a shorter or more general word/,
    );
    expect(searchStatus({ query: "zzz", total: 0, type: "Guide", stage: "Decision" })).toBe(
      "Nothing found for “zzz” with these filters. Try “Terms and guides” and “Any stage”, or a shorter word.",
    );
    expect(searchStatus({ query: "zzz", total: 0, type: "", stage: "Decision" })).toContain("Try “Any stage”");
  });
  it("says how many of all are shown", () => {
    expect(shownOf(20, 57)).toBe("Showing 20 of 57.");
  });
});

describe("appendPage", () => {
  it("adds the next page after the shown results, leaving out the pinned result it repeats", () => {
    const shown = [result("/glossary/pinned/"), result("/a/")];
    expect(appendPage(shown, [result("/b/"), result("/glossary/pinned/"), result("/c/")]).map((r) => r.url)).toEqual([
      "/glossary/pinned/",
      "/a/",
      "/b/",
      "/c/",
    ]);
  });
});
