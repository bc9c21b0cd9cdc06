// Front-matter fields said in words, for messages an editor reads: "the first related term", not
// "related[0]". Pure.

const ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const pluralRules = new Intl.PluralRules("en");

/** "first" for 0, "second" for 1…; "11th" beyond ten. Takes a list index. */
export function ordinal(index: number): string {
  const n = index + 1;
  if (ordinals[index]) return ordinals[index];
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" }[
    new Intl.PluralRules("en", { type: "ordinal" }).select(n) as "one" | "two" | "few" | "other"
  ];
  return `${n}${suffix}`;
}

/** "1 character", "243 characters". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${pluralRules.select(n) === "one" ? singular : plural}`;
}

/** The gloss that goes with "file name" wherever an editor must write one. */
export const slugGloss = "the file name without .md, which is also the page's address";

const whole: Record<string, string> = {
  title: "the title",
  summary: "the summary",
  stage: "the stage",
  related: "the related list",
  aliases: "the list of other names (aliases)",
  series: "the series",
  sources: "the sources list",
  updated: "the updated date",
  draft: "the draft setting",
  reflection: "the reflection prompt",
  body: "the body",
  text: "the text",
  "file name": "the file name",
};

const item: Record<string, string> = { related: "related term", aliases: "other name (alias)", sources: "source" };
const sourceParts: Record<string, string> = {
  title: "the title",
  url: "the web address (url)",
  author: "the author",
  publisher: "the publisher",
  year: "the year",
};

/** A zod issue path in words: ["related", 0] → "the first related term"; ["sources", 1, "url"] → "the web address (url) of the second source". */
export function fieldInWords(path: readonly PropertyKey[]): string {
  const [top, index, part] = path;
  const name = String(top ?? "");
  if (typeof index === "number") {
    const entry = `the ${ordinal(index)} ${item[name] ?? `entry of ${name}`}`;
    return part === undefined ? entry : `${sourceParts[String(part)] ?? `the ${String(part)}`} of ${entry}`;
  }
  return whole[name] ?? `the field "${name}"`;
}
