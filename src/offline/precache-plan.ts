// Which built files the service worker stores on its first visit, decided from a byte budget. Pure, so
// the build step and the tests share it (tests/unit/precache-plan.test.ts).
//
// What must work offline after one visit is the tools: their pages, all of /assets/ (scripts, chunks,
// styles, icons) and Pagefind's fixed files. Those do not grow with the glossary, and must fit the
// budget at any size. Content that grows with the glossary (the search index, term names, excerpts) is
// added a whole group at a time, in order of use, while it fits: a part of an index finds nothing.
// What is left out is cached as it is used instead, so it still opens offline once read.

export interface SiteFile {
  /** Its address on the site, such as "/calculator/" or "/assets/js/app.js". */
  url: string;
  bytes: number;
  /** A content hash: the precache entry's revision. */
  hash: string;
}

export interface PrecacheEntry {
  url: string;
  revision: string;
}

export interface PrecachePlan {
  entries: PrecacheEntry[];
  bytes: number;
  /** The optional groups that did not fit, by name (they are cached when used instead). */
  leftOut: string[];
}

/** 2.5 MB of Cache Storage, as stored (uncompressed): about what one phone photo takes. */
export const precacheBudgetBytes = 2_500_000;

/** The pages a coach uses in a session, and the page that says what works offline. */
export const toolPages = ["/", "/calculator/", "/calculator/compare/", "/map/", "/map/blank/", "/search/", "/offline/"];

const pagefindFixed =
  /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;

const isRequired = (url: string): boolean =>
  toolPages.includes(url) ||
  url.startsWith("/assets/") ||
  url === "/manifest.webmanifest" ||
  url === "/favicon.svg" ||
  pagefindFixed.test(url);

/** Groups that grow with the content, in the order they are worth storing. */
export const optionalGroups: { name: string; matches: (url: string) => boolean }[] = [
  {
    name: "search index",
    matches: (url) => /^\/pagefind\/(index|filter)\//.test(url) || url.startsWith("/search/names/"),
  },
  { name: "search excerpts", matches: (url) => url.startsWith("/pagefind/fragment/") },
  { name: "term previews", matches: (url) => url === "/glossary/previews.json" },
];

/** The precache list for a built site's files, within `budget` bytes; throws when the tools alone do not fit. */
export function planPrecache(files: readonly SiteFile[], budget = precacheBudgetBytes): PrecachePlan {
  const sum = (list: readonly SiteFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  const chosen = files.filter((file) => isRequired(file.url));
  let bytes = sum(chosen);
  if (bytes > budget)
    throw new Error(
      `The offline tools need ${bytes} bytes, over the precache budget of ${budget}: ` +
        "a script or style has grown, or the budget must be raised on purpose.",
    );
  const leftOut: string[] = [];
  for (const group of optionalGroups) {
    const members = files.filter((file) => group.matches(file.url));
    if (members.length === 0) continue;
    if (bytes + sum(members) <= budget) {
      chosen.push(...members);
      bytes += sum(members);
    } else leftOut.push(group.name);
  }
  const entries = chosen
    .map((file) => ({ url: file.url, revision: file.hash }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return { entries, bytes, leftOut };
}
