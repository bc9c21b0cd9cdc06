// markdown-it as the site renders it. Content checks (src/content/raw-html.ts) refuse raw HTML and
// unsafe links before anything is written; this is the second line of defence, so that even content
// that slipped past them cannot put a tag or a javascript:/data: link on a page.
import { labelTableCells } from "../content/table-labels.ts";
import { isAllowedInlineHtml, isSafeLinkTarget } from "../content/raw-html.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

interface Token {
  content: string;
}

export interface MarkdownIt {
  core: { ruler: { push(name: string, rule: typeof labelTableCells): void } };
  validateLink: (url: string) => boolean;
  renderer: { rules: Record<string, (tokens: Token[], index: number) => string> };
  utils: { escapeHtml(text: string): string };
}

/** Raw HTML is shown as text, but for the allowlisted inline tags; links must be relative, http(s) or mailto. */
export function hardenMarkdown(md: MarkdownIt): void {
  md.validateLink = isSafeLinkTarget;
  md.renderer.rules["html_block"] = (tokens, index) => md.utils.escapeHtml(tokens[index]?.content ?? "");
  md.renderer.rules["html_inline"] = (tokens, index) => {
    const html = tokens[index]?.content ?? "";
    return isAllowedInlineHtml(html) ? html : md.utils.escapeHtml(html);
  };
}

/** Markdown tables get column labels on every cell, for the stacked phone layout in site.css. */
export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => {
    hardenMarkdown(md);
    md.core.ruler.push("table_labels", labelTableCells);
  });
}
