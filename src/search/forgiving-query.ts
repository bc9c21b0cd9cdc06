// How people type a term is not how it is spelled: "No show" for "no-show", "refferal" for "referral".
// This finds the term a query names, loosely, or the one it most resembles. Pure.
import { didYouMean } from "../content/did-you-mean.ts";
import { looseName, type TermName } from "./exact-match.ts";

/** Shorter queries are too easily one or two letters from an unrelated name ("ab" from "cta"). */
const shortestGuess = 4;

export interface NameLookup {
  /** The term the query names, ignoring case, spaces and hyphens. */
  named?: TermName;
  /** Otherwise, the term whose title or alias is within a couple of typing slips of the query. */
  resembles?: TermName;
}

/** The term a query names, or failing that the one it resembles; neither when nothing is close. */
export function lookUpName(query: string, names: readonly TermName[]): NameLookup {
  const wanted = looseName(query);
  if (!wanted) return {};
  const named = names.find((entry) => looseName(entry.name) === wanted);
  if (named) return { named };
  if (wanted.length < shortestGuess) return {};
  const loose = names.map((entry) => looseName(entry.name));
  const guess = didYouMean(wanted, loose);
  const resembles = guess === undefined ? undefined : names[loose.indexOf(guess)];
  return resembles ? { resembles } : {};
}
