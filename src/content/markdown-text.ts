// Small, pure helpers over raw Markdown. They run over every term at build time, so each is one linear pass.

const internalLinkPattern = /\]\((\/[^)\s#?]*)[^)\s]*(?:\s+"[^"]*")?\)/g;

/** Site-absolute link targets in a Markdown body, without #anchors or ?queries, in order of appearance. */
export function extractInternalLinks(markdown: string): string[] {
  return Array.from(markdown.matchAll(internalLinkPattern), (match) => match[1] ?? "");
}

// Link targets and HTML tags match too, so that they are skipped rather than counted. Markdown's own
// punctuation (# * _ ` | [ ] -) never starts a word, so it needs no stripping first.
const wordOrSkipped = /\]\([^)]*\)|<[^>]+>|[\p{L}\p{N}][\p{L}\p{N}'’.,%$£€]*/gu;

/** Words a reader reads: link targets, Markdown punctuation and HTML tags left out. One pass. */
export function countWords(markdown: string): number {
  let words = 0;
  for (const [token] of markdown.matchAll(wordOrSkipped))
    if (!token.startsWith("](") && !token.startsWith("<")) words += 1;
  return words;
}

/** Minutes to read at a relaxed 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
