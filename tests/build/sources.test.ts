// A term's `sources` front matter is shown on its page as a quiet "Sources" list after the body.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const sourcedTerm = `---
title: Sourced example
summary: A term written for this test, citing two sources.
stage: advocacy
related: [referral, testimonial]
sources:
  - title: The One Number You Need to Grow
    author: Frederick F. Reichheld
    publisher: Harvard Business Review
    year: 2003
    url: https://hbr.org/2003/12/the-one-number-you-need-to-grow
  - title: Ethical Principles of Psychologists & Code of Conduct
    publisher: American Psychological Association
    year: 2017
    url: http://www.apa.org/ethics/code
---
A body that mentions a figure, so it has something to cite.
`;

let site: string;
let remove: () => void;
let html: string;
beforeAll(async () => {
  ({ dir: site, remove } = copySiteSources("atlas-sources-"));
  writeFileSync(join(site, "src/glossary/sourced-example.md"), sourcedTerm);
  // A published term needs a link from another entry, or the build stops on the orphan.
  const referral = join(site, "src/glossary/referral.md");
  writeFileSync(
    referral,
    `${readFileSync(referral, "utf8")}\nSee also the [sourced example](/glossary/sourced-example/).\n`,
  );
  const output = join(site, "_site");
  await buildSite(output, { input: join(site, "src") });
  html = readFileSync(join(output, "glossary/sourced-example/index.html"), "utf8");
});
afterAll(() => remove());

describe("a term with sources", () => {
  it("shows each one after the body: the title linked to its address, then author, publisher and year", () => {
    const root = parse(html);
    const section = root.querySelector("section.sources");
    expect(section?.querySelector("h2")?.text).toBe("Sources");
    const items = section?.querySelectorAll("li") ?? [];
    expect(items.map((li) => li.text.replace(/\s+/g, " ").trim())).toEqual([
      "The One Number You Need to Grow, Frederick F. Reichheld, Harvard Business Review, 2003.",
      "Ethical Principles of Psychologists & Code of Conduct, American Psychological Association, 2017.",
    ]);
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
      "https://hbr.org/2003/12/the-one-number-you-need-to-grow",
      "http://www.apa.org/ethics/code",
    ]);
    // After the body, inside the article, so it reads as part of the entry but below it.
    expect(root.querySelector("article .prose + section.sources")).not.toBeNull();
  });

  it("escapes the title as text", () => {
    expect(html).toContain("Psychologists &amp; Code of Conduct");
  });

  it("a term without sources has no Sources section", () => {
    // Whichever published term cites nothing: which ones do is the content's business, not this test's.
    const unsourced = readdirSync(join(site, "src/glossary")).find(
      (name) => name.endsWith(".md") && !/^sources:/m.test(readFileSync(join(site, "src/glossary", name), "utf8")),
    );
    if (!unsourced) throw new Error("every term has sources; this test needs one without");
    const other = readFileSync(join(site, `_site/glossary/${unsourced.replace(/\.md$/, "")}/index.html`), "utf8");
    expect(parse(other).querySelector("section.sources")).toBeNull();
  });
});
