import { closest, distance } from "fastest-levenshtein";

/** The closest candidate to a mistyped value, or undefined when nothing is near enough to help. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  const allowed = Math.max(2, Math.floor(value.length / 3));
  return distance(value, best) <= allowed ? best : undefined;
}

/** " (did you mean "x"?)" or "" — ready to append to an error message. */
export function suggestion(value: string, candidates: readonly string[]): string {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : "";
}
