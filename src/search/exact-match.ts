// Pagefind ranks by words, so a phrase such as an alias ("client journey") can lose to a long
// page that uses both words often. A query that names a term exactly goes first. Pure.
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

/** Which shard of /search/names/ holds a name: its first letter, or "other". Shards keep each fetch small. */
export const nameShard = (name: string): string => firstLetter(name) ?? "other";

/** Every title and alias of the given terms, grouped by shard in one pass. */
export function termNamesByShard(terms: readonly { title: string; aliases: readonly string[]; url: string }[]): Map<string, TermName[]> {
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

/** Moves (or adds) the exactly named term to the top of the results. */
export function pinExactMatch(results: SearchResult[], query: string, names: TermName[], typeFilter: string): SearchResult[] {
  if (typeFilter === "Guide") return results;
  const match = names.find((entry) => entry.name === query.trim().toLowerCase());
  if (!match) return results;
  const existing = results.find((result) => result.url === match.url);
  const pinned = existing ?? { id: `exact:${match.url}`, url: match.url, title: match.title, excerpt: "", kind: "Term" };
  return [pinned, ...results.filter((result) => result !== existing)];
}
