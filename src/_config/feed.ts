import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { EleventyConfig } from "./eleventy-types.ts";

/**
 * The Atom feed's filters from @11ty/eleventy-plugin-rss, taken one by one. The plugin's default
 * export also adds Eleventy's HTML-base transform, which re-parses every page of the site; only the
 * feed's own entries need absolute URLs, so only they are converted (see src/feed.njk).
 */
export default function feedPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("dateToRfc3339", dateToRfc3339);
  eleventyConfig.addAsyncFilter("htmlToAbsoluteUrls", (html: string, base: string) =>
    convertHtmlToAbsoluteUrls(html, base),
  );
}
