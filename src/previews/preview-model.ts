// Term previews, the pure part: which links are glossary terms, the index's shape, and what a tap
// does. No DOM, so the rules are unit-tested; previews.ts wires them to the page.

export interface TermPreview {
  title: string;
  summary: string;
}

/** Where the build writes the index, and where the browser fetches it from (once per page). */
export const previewIndexUrl = "/glossary/previews.json";

/** One path segment under /glossary/: a term. /glossary/ itself and /glossary/stage/x/ are not terms. */
const termPath = /^\/glossary\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** The term slug an href points to on this site, or undefined for any other link. */
export function termSlugOf(href: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(pageUrl).origin) return undefined;
  return termPath.exec(url.pathname)?.[1];
}

/** Whether built HTML links to any glossary term: the template loads the preview script only then. */
export const linksToTerms = (html: string): boolean =>
  /href="\/glossary\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[^"]*)?"/.test(html);

/** The index as the build writes it: slug → title and summary, for every published term. */
export function previewIndex(
  terms: readonly { slug: string; title: string; summary: string }[],
): Record<string, TermPreview> {
  return Object.fromEntries(terms.map((term) => [term.slug, { title: term.title, summary: term.summary }]));
}

const isText = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 500;

/**
 * Reads a fetched index into a fresh Map, keeping only well-formed entries. A Map, not an object,
 * so no key (not even "__proto__") can reach a prototype; zod would cost more than this whole feature.
 */
export function parsePreviewIndex(json: unknown): Map<string, TermPreview> {
  const previews = new Map<string, TermPreview>();
  if (typeof json !== "object" || json === null || Array.isArray(json)) return previews;
  for (const [slug, entry] of Object.entries(json as Record<string, unknown>)) {
    if (!termPath.test(`/glossary/${slug}/`) || typeof entry !== "object" || entry === null) continue;
    const { title, summary } = entry as Record<string, unknown>;
    if (isText(title) && isText(summary)) previews.set(slug, { title, summary });
  }
  return previews;
}

/**
 * A tap on a term link (touch has no hover): the first tap shows the preview instead of leaving the
 * page; a tap on the link whose preview is already showing follows it.
 */
export const tapOutcome = (previewShowingForThisLink: boolean): "preview" | "follow" =>
  previewShowingForThisLink ? "follow" : "preview";

/** Where the card goes: below the link, or above it when there is no room below and there is above. */
export function cardPlacement(
  link: { top: number; bottom: number },
  cardHeight: number,
  viewportHeight: number,
  gap = 6,
): "below" | "above" {
  const roomBelow = viewportHeight - link.bottom - gap;
  const roomAbove = link.top - gap;
  return roomBelow >= cardHeight || roomBelow >= roomAbove ? "below" : "above";
}
