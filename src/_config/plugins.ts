// Every Eleventy plugin of the site, one concern a file. .eleventy.js loads this module afresh each
// time Eleventy runs the config, so under `npm start` edits to the code below take effect.
import admin from "./admin.ts";
import assets from "./assets.ts";
import calculatorExample from "./calculator-example.ts";
import collections from "./collections.ts";
import content from "./content.ts";
import csp from "./csp.ts";
import drafts from "./drafts.ts";
import feed from "./feed.ts";
import filters from "./filters.ts";
import headersFile from "./headers-file.ts";
import mapWorksheet from "./map-worksheet.ts";
import markdown from "./markdown.ts";
import navigation from "./navigation.ts";
import reading from "./reading.ts";
import search from "./search.ts";
import siteFiles from "./site-files.ts";
import { importedFolders } from "./code-folders.ts";
import { isProductionBuild, type EleventyConfig } from "./eleventy-types.ts";

/**
 * Folders of build-time code and data: under `npm start` a change to any file in them re-runs the whole
 * config. Derived from this file's imports (code-folders.ts), and only where something watches.
 */
export const codeFolders = (): string[] => (isProductionBuild() ? [] : importedFolders());

export default function addPlugins(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(siteFiles); // YAML front matter only, only files we check, no page over generated files
  eleventyConfig.addPlugin(content); // load, validate and link all terms and guides; fail the build on bad content
  eleventyConfig.addPlugin(drafts); // draft: true pages appear under `npm start` only
  eleventyConfig.addPlugin(markdown); // Markdown tables labelled for phones
  eleventyConfig.addPlugin(collections); // the feed's newest-first order
  eleventyConfig.addPlugin(filters); // dates, JSON-LD, A–Z grouping, the stage diagram
  eleventyConfig.addPlugin(navigation); // the main nav, from the page types
  eleventyConfig.addPlugin(csp); // the Content-Security-Policy, shared by the meta tag and _headers
  eleventyConfig.addPlugin(headersFile); // _headers for Netlify and Cloudflare Pages, from the pages written
  eleventyConfig.addPlugin(reading); // term previews and the term page's next step
  eleventyConfig.addPlugin(calculatorExample); // the worked example, computed at build time for readers without JavaScript
  eleventyConfig.addPlugin(mapWorksheet); // the journey map's lanes and scales, from its model, for the templates
  eleventyConfig.addPlugin(feed); // the Atom feed's filters (@11ty/eleventy-plugin-rss)
  eleventyConfig.addPlugin(assets); // esbuild bundles client TypeScript and CSS
  eleventyConfig.addPlugin(search); // Pagefind indexes the built site
  eleventyConfig.addPlugin(admin); // the browser editor at /admin/, self-hosted, its settings from the schema
  for (const folder of codeFolders()) eleventyConfig.addWatchTarget(`./${folder}/`, { resetConfig: true });
}
