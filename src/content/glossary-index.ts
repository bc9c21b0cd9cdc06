// The A–Z index: every letter, its terms and the aliases that point at them. Pure.
import type { TermEntry } from "./content-model.ts";
import { firstLetter } from "./first-letter.ts";

export interface IndexEntry {
  label: string;
  url: string;
  summary: string;
  /** Set when this entry is an alias: the title of the term it points to. */
  aliasOf?: string;
  /** On a term's own entry: its other names, listed quietly under it. */
  aliases?: string[];
}

export interface LetterGroup {
  letter: string;
  entries: IndexEntry[];
}

const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/** Letter of an entry: A–Z after stripping accents, or "#" for digits and symbols. */
const indexLetter = (label: string): string => firstLetter(label)?.toUpperCase() ?? "#";

/** All 26 letters in order (empty ones too, so the jump bar can show them disabled), then "#" if used. */
export function groupByLetter(terms: TermEntry[]): LetterGroup[] {
  const entries: IndexEntry[] = terms.flatMap((term) => [
    {
      label: term.title,
      url: term.url,
      summary: term.summary,
      ...(term.aliases.length ? { aliases: term.aliases } : {}),
    },
    ...term.aliases.map((alias) => ({ label: alias, url: term.url, summary: term.summary, aliasOf: term.title })),
  ]);
  entries.sort((a, b) => a.label.localeCompare(b.label, "en", { sensitivity: "base" }));
  const groups = new Map<string, IndexEntry[]>([...letters, "#"].map((letter) => [letter, []]));
  for (const entry of entries) groups.get(indexLetter(entry.label))?.push(entry);
  return [...groups]
    .filter(([letter, list]) => letter !== "#" || list.length > 0)
    .map(([letter, list]) => ({ letter, entries: list }));
}

/** Terms for one stage's filter page: that stage's own terms, then those that span every stage. */
export function termsForStage(terms: TermEntry[], stageId: string): { own: TermEntry[]; everyStage: TermEntry[] } {
  return {
    own: terms.filter((term) => term.stage === stageId),
    everyStage: terms.filter((term) => term.stage === "all"),
  };
}
