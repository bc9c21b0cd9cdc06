// What the search page says: the count of every match, and what to try when there is nothing to
// show. Pure, so each sentence is unit-tested.
import type { SearchResult } from "./exact-match.ts";
import { numberFormat, pluralRules } from "../funnel/locale.ts";

/** Pagefind's paging: results are loaded and shown this many at a time. */
export const pageSize = 20;

const plural = pluralRules();
const number = numberFormat();

/** "1 result", "57 results", "1,204 results". */
export const resultCount = (count: number): string =>
  `${number.format(count)} ${plural.select(count) === "one" ? "result" : "results"}`;

export const emptyQueryStatus = "Type a word or phrase, such as “churn” or “discovery call”.";

export interface SearchSituation {
  query: string;
  total: number;
  /** The type filter's value: "", "Term" or "Guide". */
  type: string;
  /** The stage filter's value: "", a stage name, or "Every stage". */
  stage: string;
}

export function searchStatus({ query, total, type, stage }: SearchSituation): string {
  const q = query.trim();
  if (!q) return emptyQueryStatus;
  if (total > 0) return `${resultCount(total)} for “${q}”.`;
  const filtered = [type && "“Terms and guides”", stage && "“Any stage”"].filter(Boolean);
  return filtered.length
    ? `Nothing found for “${q}” with these filters. Try ${filtered.join(" and ")}, or a shorter word.`
    : `Nothing found for “${q}”. Try a shorter or more general word, such as “client” or “session”, or browse the glossary A–Z.`;
}

/** "Showing 20 of 57." under the list while more can be loaded. */
export const shownOf = (shown: number, total: number): string =>
  `Showing ${number.format(shown)} of ${number.format(total)}.`;

/** Adds the next page, leaving out any page already listed (the exact match pinned to the top). */
export function appendPage(shown: readonly SearchResult[], page: readonly SearchResult[]): SearchResult[] {
  const urls = new Set(shown.map((result) => result.url));
  return [...shown, ...page.filter((result) => !urls.has(result.url))];
}
