// Every Eleventy plugin of the site, one concern a file. .eleventy.js loads this module afresh each
// time Eleventy runs the config, so under `npm start` edits to the code below take effect.
import assets from "./assets.ts";
import calculatorExample from "./calculator-example.ts";
import collections from "./collections.ts";
import content from "./content.ts";
import csp from "./csp.ts";
import drafts from "./drafts.ts";
import feed from "./feed.ts";
import filters from "./filters.ts";
import mapWorksheet from "./map-worksheet.ts";
import markdown from "./markdown.ts";
import reading from "./reading.ts";
import search from "./search.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Folders of build-time code and data: a change to any file in them re-runs the whole config. */
export const codeFolders = [
  "src/_config",
  "src/content",
  "src/calculator",
  "src/funnel",
  "src/map",
  "src/previews",
  "_data",
];

export default function addPlugins(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(content); // load, validate and link all terms and guides; fail the build on bad content
  eleventyConfig.addPlugin(drafts); // draft: true pages appear under `npm start` only
  eleventyConfig.addPlugin(markdown); // Markdown tables labelled for phones
  eleventyConfig.addPlugin(collections); // the feed's newest-first order
  eleventyConfig.addPlugin(filters); // dates, JSON-LD, A–Z grouping, the stage diagram
  eleventyConfig.addPlugin(csp); // the Content-Security-Policy, shared by the meta tag and _headers
  eleventyConfig.addPlugin(reading); // term previews and the term page's next step
  eleventyConfig.addPlugin(calculatorExample); // the worked example, computed at build time for readers without JavaScript
  eleventyConfig.addPlugin(mapWorksheet); // the journey map's lanes and scales, from its model, for the templates
  eleventyConfig.addPlugin(feed); // the Atom feed's filters (@11ty/eleventy-plugin-rss)
  eleventyConfig.addPlugin(assets); // esbuild bundles client TypeScript and CSS
  eleventyConfig.addPlugin(search); // Pagefind indexes the built site
  for (const folder of codeFolders) eleventyConfig.addWatchTarget(`./${folder}/`, { resetConfig: true });
}
