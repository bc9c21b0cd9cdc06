// Eleventy entry point. It stays thin: it lets Node load TypeScript, then adds one local plugin
// per concern from src/_config/. Each file's name says what it configures.
import { register } from "tsx/esm/api";

register();

const plugins = [
  "site-url", // the site URL, overridable with SITE_URL for deploys
  "content", // load, validate and link all terms and guides; fail the build on bad content
  "drafts", // draft: true pages appear under `npm start` only
  "markdown", // Markdown tables labelled for phones
  "collections", // term and guide lists, the feed's newest-first order
  "filters", // dates, JSON-LD, A–Z grouping
  "csp", // the Content-Security-Policy, shared by the meta tag and _headers
  "reading", // term previews and the term page's next step
  "calculator-example", // the worked example, computed at build time for readers without JavaScript
  "map-worksheet", // the journey map's lanes and scales, from its model, for the templates
  "feed", // the Atom feed's filters (@11ty/eleventy-plugin-rss)
  "assets", // esbuild bundles client TypeScript and CSS
  "search", // Pagefind indexes the built site
];

export default async function (eleventyConfig) {
  for (const name of plugins) {
    const { default: plugin } = await import(`./src/_config/${name}.ts`);
    eleventyConfig.addPlugin(plugin);
  }
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
