// Small, pure helpers over raw Markdown. They run over every term at build time, so each is one linear pass.

const internalLinkPattern = /\]\((\/[^)\s#?]*)[^)\s]*(?:\s+"[^"]*")?\)/g;

/** Site-absolute link targets in a Markdown body, without #anchors or ?queries, in order of appearance. */
export function extractInternalLinks(markdown: string): string[] {
  return Array.from(markdown.matchAll(internalLinkPattern), (match) => match[1] ?? "");
}

/** Words a reader reads: link targets, Markdown punctuation and HTML tags left out. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#>*_`|[\]-]+/g, " ");
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$£€]*/gu)?.length ?? 0;
}

/** Minutes to read at a relaxed 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
