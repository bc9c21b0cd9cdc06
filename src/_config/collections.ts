import { currentContentModel } from "./content.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "./eleventy-types.ts";

export interface FeedEntry {
  title: string;
  summary: string;
  url: string;
  updated: Date;
  item: CollectionItem;
}

/**
 * How many entries the feed holds. A feed reader wants what is new; the whole glossary would make the
 * feed grow without bound (5,000 terms made a 22 MB file that took a second of every build).
 */
export const feedSize = 50;

/** The newest terms and guides first, with dates from the content model (front matter, then git). */
function feedEntries(api: CollectionApi): FeedEntry[] {
  // Matched by URL rather than by a path glob, which would depend on where the input folder is.
  const model = currentContentModel();
  const byUrl = new Map([...model.terms, ...model.guides].map((entry) => [entry.url, entry]));
  return api
    .getAll()
    .flatMap((item) => {
      const entry = byUrl.get(item.url);
      return entry
        ? [{ title: entry.title, summary: entry.summary, url: entry.url, updated: entry.updated, item }]
        : [];
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title))
    .slice(0, feedSize);
}

export default function collectionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addCollection("feedEntries", feedEntries);
}
