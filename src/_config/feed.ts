import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Adds dateToRfc3339 and the HTML base plugin's renderTransforms (absolute URLs) for src/feed.njk. */
export default function feedPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
}
