// Eleventy entry point. The plugins are listed, and imported one per line, in src/_config/plugins.ts.
//
// Why tsImport: Node caches ES modules for the life of the process, so a config that imported its
// TypeScript once would keep the first version of it (and of _data/*.json read by `import`) under
// `npm start`. tsImport loads plugins.ts and everything it imports into a fresh module namespace
// each time Eleventy runs this function: at start, and again whenever plugins.ts marks a change
// with addWatchTarget(…, { resetConfig: true }).
import { tsImport } from "tsx/esm/api";

export default async function (eleventyConfig) {
  /** @type {typeof import("./src/_config/plugins.ts")} */
  const { default: addPlugins } = await tsImport("./src/_config/plugins.ts", import.meta.url);
  addPlugins(eleventyConfig);
}

export const config = {
  // Input (src/) and output (_site/) are given on the command line by the npm scripts: set here,
  // they would override the folders that tests pass to Eleventy's programmatic API.
  dir: { includes: "../_includes", data: "../_data" },
  templateFormats: ["md", "njk"],
  // Term files are plain Markdown: an editor's "{{" is text, never template code.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
