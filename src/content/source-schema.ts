// The `sources` front-matter list: where a figure or a named method in an entry comes from.
// Pure. Every message follows the field said in words ("the year of the second source should be…"),
// and says what to write, because the editor reading it is not a programmer.
import { z } from "zod";
import { httpUrl } from "./url-field.ts";

/** The years a source may give: a typing slip such as 203 or 20003 is caught. */
export const sourceYears = { min: 1900, max: 2100 };

const sourceFields = {
  title: z
    .string({ error: missing("add the title as the publication gives it") })
    .trim()
    .min(1, { error: "is empty: write the title as the publication gives it" }),
  author: z
    .string({ error: "should be the author's name, such as Frederick F. Reichheld" })
    .trim()
    .min(1, { error: "is empty: write the author's name, or remove the line" })
    .optional(),
  publisher: z
    .string({ error: "should be the publisher's name, such as Harvard Business Review" })
    .trim()
    .min(1, { error: "is empty: write the publisher's name, or remove the line" })
    .optional(),
  year: z
    .number({
      error: missing(
        "add the year it was published, as a number such as 2003",
        "should be the year it was published, written as a number such as 2003",
      ),
    })
    .int({ error: "should be a whole year, such as 2003" })
    .min(sourceYears.min, { error: `should be a year from ${sourceYears.min} to ${sourceYears.max}` })
    .max(sourceYears.max, { error: `should be a year from ${sourceYears.min} to ${sourceYears.max}` }),
  // Only ordinary web addresses: a source link must never run script (javascript:) or leave the web (ftp:, file:).
  url: httpUrl,
};

/** "is missing: …" when the field is absent, else what it should be. */
function missing(add: string, wrong = "should be text") {
  return (issue: { input: unknown }) => (issue.input === undefined ? `is missing: ${add}` : wrong);
}

export const sourceFieldNames = Object.keys(sourceFields);

export const sourceSchema = z
  .object(sourceFields)
  .strict()
  .refine((source) => Boolean(source.author || source.publisher), {
    error: "needs an author or a publisher (or both): add a line such as publisher: Harvard Business Review",
  });

export const sourcesSchema = z.array(sourceSchema, {
  error: "should be a list of sources, each starting with - title:",
});

export type Source = z.infer<typeof sourceSchema>;
