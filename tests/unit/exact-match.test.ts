import { describe, expect, it } from "vitest";
import { nameShard, pinExactMatch, termNamesByShard, type SearchResult } from "../../src/search/exact-match.ts";

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

describe("termNamesByShard", () => {
  it("files every title and alias, lower-cased, under its own shard with its term's URL and title", () => {
    const terms = [
      { title: "Customer journey", aliases: ["Client journey", "Éclair path"], url: "/glossary/customer-journey/" },
      { title: "NPS", aliases: [], url: "/glossary/nps/" },
      { title: "1:1 session", aliases: [], url: "/glossary/one-to-one/" },
    ];
    const shards = termNamesByShard(terms);
    expect([...shards.keys()].sort()).toEqual(["c", "e", "n", "other"]);
    expect(shards.get("c")).toEqual([
      { name: "customer journey", url: "/glossary/customer-journey/", title: "Customer journey" },
      { name: "client journey", url: "/glossary/customer-journey/", title: "Customer journey" },
    ]);
    expect(shards.get("e")?.map((entry) => entry.name)).toEqual(["éclair path"]);
    expect(shards.get("other")?.map((entry) => entry.url)).toEqual(["/glossary/one-to-one/"]);
    expect(shards.get("n")?.map((entry) => entry.title)).toEqual(["NPS"]);
  });
});
