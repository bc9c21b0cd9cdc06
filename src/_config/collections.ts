import { currentContentModel } from "./content.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "./eleventy-types.ts";

export interface FeedEntry {
  title: string;
  summary: string;
  url: string;
  updated: Date;
  item: CollectionItem;
}

/** Terms and guides, newest first, with dates from the content model (front matter, then git). */
function feedEntries(api: CollectionApi): FeedEntry[] {
  const pages = [...api.getFilteredByGlob("src/glossary/**/*.md"), ...api.getFilteredByGlob("src/guides/*.md")];
  const model = currentContentModel();
  const byUrl = new Map([...model.terms, ...model.guides].map((entry) => [entry.url, entry]));
  return pages
    .flatMap((item) => {
      const entry = byUrl.get(item.url);
      return entry ? [{ title: entry.title, summary: entry.summary, url: entry.url, updated: entry.updated, item }] : [];
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
}

export default function collectionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addCollection("feedEntries", feedEntries);
}
