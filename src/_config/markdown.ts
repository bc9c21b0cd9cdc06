import { labelTableCells } from "../content/table-labels.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

interface MarkdownIt {
  core: { ruler: { push(name: string, rule: typeof labelTableCells): void } };
}

/** Markdown tables get column labels on every cell, for the stacked phone layout in site.css. */
export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => md.core.ruler.push("table_labels", labelTableCells));
}
