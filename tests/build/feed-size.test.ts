// A large glossary: the feed keeps only the newest entries, so it does not grow with the glossary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedSize } from "../../src/_config/collections.ts";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const extraTerms = feedSize + 10;
/** Term i was updated on day i of 2030, so the newest is the last one written. */
const updatedOn = (i: number) => new Date(Date.UTC(2030, 0, i)).toISOString().slice(0, 10);

let site: string;
let remove: () => void;
beforeAll(() => {
  ({ dir: site, remove } = copySiteSources("atlas-feed-"));
  for (let i = 1; i <= extraTerms; i += 1) {
    // Each links to the next (the last to the first): a published term nobody links to is an error.
    const next = (i % extraTerms) + 1;
    writeFileSync(
      join(site, `src/glossary/extra-term-${i}.md`),
      `---\ntitle: Extra term ${i}\nsummary: A term added to grow the glossary past the feed's size.\nstage: all\nrelated: [funnel-leak, drop-off-rate]\nupdated: ${updatedOn(i)}\n---\n## What is extra term ${i}?\n\nA short body that leads to [extra term ${next}](/glossary/extra-term-${next}/).\n`,
    );
  }
});
afterAll(() => remove());

describe("the feed of a large glossary", () => {
  it(`holds the ${feedSize} newest entries, newest first, and leaves the older ones out`, async () => {
    const output = join(site, "_site");
    await buildSite(output, { input: join(site, "src") });
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(output, "feed.xml"), "utf8")).feed;
    const links: string[] = [feed.entry].flat().map((e: { link: { "@_href": string } }) => e.link["@_href"]);
    const newest = Array.from({ length: feedSize }, (_, k) => `/glossary/extra-term-${extraTerms - k}/`);
    expect(links.map((link) => new URL(link).pathname)).toEqual(newest);
    expect(feed.updated).toBe(`${updatedOn(extraTerms)}T00:00:00Z`);
  }, 60_000);
});
