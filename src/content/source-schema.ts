// The `sources` front-matter list: where a figure or a named method in an entry comes from.
// Pure. Every message says what to write, and a field is named in words ("the second source's
// address"), because the editor reading it is not a programmer.
import { z } from "zod";

/** Only ordinary web addresses: a source link must never run script (javascript:) or leave the web (ftp:, file:). */
export const allowedSourceSchemes = ["https:", "http:"];

/** The scheme of a full web address, or undefined when `new URL` cannot read it at all. */
function schemeOf(text: string): string | undefined {
  try {
    return new URL(text).protocol;
  } catch {
    return undefined;
  }
}

const sourceUrl = z
  .string({ message: "the web address where a reader can find it, such as https://hbr.org/2003/12/the-one-number-you-need-to-grow" })
  .trim()
  .superRefine((text, context) => {
    const scheme = schemeOf(text);
    if (scheme === undefined) {
      context.addIssue({ code: "custom", message: "a full web address starting https://, such as https://hbr.org/2003/12/the-one-number-you-need-to-grow" });
    } else if (!allowedSourceSchemes.includes(scheme)) {
      context.addIssue({ code: "custom", message: `a web address starting https:// (or http://); "${scheme}" addresses are not allowed` });
    }
  });

const sourceFields = {
  title: z.string({ message: "the title as the publication gives it" }).trim().min(1, "the title as the publication gives it"),
  author: z.string({ message: "the author's name, such as Frederick F. Reichheld" }).trim().min(1, "the author's name").optional(),
  publisher: z.string({ message: "the publisher's name, such as Harvard Business Review" }).trim().min(1, "the publisher's name").optional(),
  year: z
    .number({ message: "the year it was published, written as a number such as 2003" })
    .int("the year it was published, a whole number such as 2003")
    .min(1900, "a year from 1900 to 2100")
    .max(2100, "a year from 1900 to 2100"),
  url: sourceUrl,
};

export const sourceFieldNames = Object.keys(sourceFields);

export const sourceSchema = z
  .object(sourceFields)
  .strict()
  .refine((source) => Boolean(source.author || source.publisher), {
    message: "an author or a publisher (or both): add a line such as publisher: Harvard Business Review",
  });

export const sourcesSchema = z.array(sourceSchema, { message: "a list of sources, each starting with - title:" });

export type Source = z.infer<typeof sourceSchema>;

const ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const fieldWords: Record<string, string> = { title: "title", author: "author", publisher: "publisher", year: "year", url: "address" };

/**
 * A path inside `sources` in words: ["sources", 1, "url"] is "the second source's address" and
 * ["sources", 1] is "the second source". Undefined for any other path.
 */
export function sourceFieldInWords(path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== "sources") return undefined;
  const [, index, key] = path;
  if (typeof index !== "number") return "the sources list";
  const source = index < ordinals.length ? `the ${ordinals[index]} source` : `source number ${index + 1}`;
  if (key === undefined) return source;
  return `${source}'s ${fieldWords[String(key)] ?? String(key)}`;
}
