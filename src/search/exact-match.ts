// Pagefind ranks by words, so a phrase such as an alias ("client journey") can lose to a long
// page that uses both words often. A query that names a term (ignoring case, spaces and hyphens) goes first. Pure.
import { firstLetter } from "../content/first-letter.ts";

export interface SearchResult {
  id: string;
  url: string;
  title: string;
  excerpt: string;
  kind: string;
}

export interface TermName {
  /** A term's title or alias, lower-cased. */
  name: string;
  url: string;
  title: string;
}

/** Lower case, with hyphens, dashes and runs of spaces read as one space: "No-show" and "no  show" match. */
export const looseName = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\u002d\u2010-\u2015]+/g, " ")
    .trim();

/** Which shard of /search/names/ holds a name: its first letter, or "other". Shards keep each fetch small. */
export const nameShard = (name: string): string => firstLetter(name) ?? "other";

/** Every title and alias of the given terms, grouped by shard in one pass. */
export function termNamesByShard(
  terms: readonly { title: string; aliases: readonly string[]; url: string }[],
): Map<string, TermName[]> {
  const shards = new Map<string, TermName[]>();
  for (const term of terms) {
    for (const name of [term.title, ...term.aliases]) {
      const key = nameShard(name);
      const shard = shards.get(key) ?? [];
      shard.push({ name: name.toLowerCase(), url: term.url, title: term.title });
      shards.set(key, shard);
    }
  }
  return shards;
}

export interface RankedResults {
  results: SearchResult[];
  /** How many pages match in all, for the status line; more than `results` holds when Pagefind found many. */
  total: number;
}

/**
 * Moves (or adds) the exactly named term to the top. `examined` are the first of the `found` pages
 * Pagefind matched. A term page shows its title and aliases, so when Pagefind matched more pages than
 * were examined, the named term is one of the rest and the total stays. Only when every match was
 * examined and the term was not among them is it one more.
 */
export function pinExactMatch(
  examined: SearchResult[],
  found: number,
  query: string,
  names: TermName[],
  typeFilter: string,
): RankedResults {
  const unpinned = { results: examined, total: found };
  if (typeFilter === "Guide") return unpinned;
  const match = names.find((entry) => looseName(entry.name) === looseName(query));
  if (!match) return unpinned;
  const existing = examined.find((result) => result.url === match.url);
  const pinned = existing ?? {
    id: `exact:${match.url}`,
    url: match.url,
    title: match.title,
    excerpt: "",
    kind: "Term",
  };
  const unseen = !existing && examined.length === found;
  return { results: [pinned, ...examined.filter((result) => result !== existing)], total: found + (unseen ? 1 : 0) };
}
