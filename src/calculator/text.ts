// Small wording helpers for everything the calculator writes. Pure. Text is counted and cut by
// graphemes (what a person sees as one character), so an emoji or an accented letter is never split.

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** The first `max` graphemes of `text`, with "…" when anything was left out. */
export function cutText(text: string, max: number): string {
  const parts = [...graphemes.segment(text)].map((part) => part.segment);
  return parts.length > max ? `${parts.slice(0, max - 1).join("")}…` : text;
}

/** What a person typed, echoed back in quotation marks and kept short so a message never swamps the page. */
export const quoted = (typed: string): string => `“${cutText(typed.trim(), 24)}”`;

const pluralRules = new Map<string, Intl.PluralRules>();

/** "1 person", "2 people", chosen by Intl.PluralRules for the locale, from an already formatted number. */
export function countNoun(count: number, formatted: string, one: string, other: string, locale = "en-GB"): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${formatted} ${rules.select(count) === "one" ? one : other}`;
}

/** "a trust problem", "an advocacy problem": the article for an English word, by its first sound's letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}
