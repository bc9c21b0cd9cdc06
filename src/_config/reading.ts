// Reading aids: the term-preview index and when pages load its script, and each term page's next step.
import { linksToTerms, previewIndex } from "../previews/preview-model.ts";
import { termCallToAction } from "../content/term-call-to-action.ts";
import type { TermEntry } from "../content/content-model.ts";
import type { Stage } from "../content/stage-schema.ts";
import { currentContentModel } from "./content.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function readingPlugin(eleventyConfig: EleventyConfig): void {
  // src/previews/previews-index.njk writes this as /glossary/previews.json: one small file per build.
  eleventyConfig.addFilter("previewIndexJson", () => JSON.stringify(previewIndex(currentContentModel().terms)));
  // The base layout loads the preview script only on pages whose HTML links to a term.
  eleventyConfig.addFilter("linksToTerms", (html: string) => linksToTerms(html ?? ""));
  eleventyConfig.addFilter("termCallToAction", (term: TermEntry, stages: Stage[]) => termCallToAction(term, stages));
}
