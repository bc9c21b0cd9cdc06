import { describe, expect, it } from "vitest";
import { nameShard, pinExactMatch, termNamesByShard, type SearchResult } from "../../src/search/exact-match.ts";

const names = [{ name: "client journey", url: "/glossary/customer-journey/", title: "Customer journey" }];
const result = (url: string, title: string): SearchResult => ({ id: url, url, title, excerpt: "", kind: "Term" });

describe("pinExactMatch", () => {
  const hub = result("/guides/", "Hub");
  const journey = result("/glossary/customer-journey/", "Customer journey");

  it("moves the term an alias names to the top, and the total stays", () => {
    const ranked = pinExactMatch([hub, journey], 2, " Client Journey ", names, "");
    expect(ranked.results.map((r) => r.title)).toEqual(["Customer journey", "Hub"]);
    expect(ranked.total).toBe(2);
  });
  it("adds the term when the index did not return it, and counts it", () => {
    const ranked = pinExactMatch([hub], 1, "client journey", names, "");
    expect(ranked.results.map((r) => r.url)).toEqual(["/glossary/customer-journey/", "/guides/"]);
    expect(ranked.total).toBe(2);
  });
  it("does not count the term twice when it is among the matches that were not examined", () => {
    const ranked = pinExactMatch([hub], 30, "client journey", names, "");
    expect(ranked.results[0]?.url).toBe("/glossary/customer-journey/");
    expect(ranked.total).toBe(30);
  });
  it("leaves results alone for other queries and for guide-only searches", () => {
    expect(pinExactMatch([hub], 1, "journey", names, "")).toEqual({ results: [hub], total: 1 });
    expect(pinExactMatch([hub], 1, "client journey", names, "Guide")).toEqual({ results: [hub], total: 1 });
  });
});

describe("nameShard", () => {
  it("files a name under its first letter, accents folded, and anything else under other", () => {
    expect(["Client journey", " churn", "Éclair", "1:1 session", "NPS"].map(nameShard)).toEqual([
      "c",
      "c",
      "e",
      "other",
      "n",
    ]);
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
