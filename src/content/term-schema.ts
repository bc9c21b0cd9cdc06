// Front-matter rules for glossary terms and guides. One schema, used by the build,
// `npm run check:content` and `npm run new-term`. Each message follows the field said in words
// ("the summary has 243 characters; keep it to 200 or fewer"), so it reads as a sentence.
import { z } from "zod";
import stages from "../../_data/stages.json" with { type: "json" };
import { sourcesSchema } from "./source-schema.ts";
import { count, slugGloss } from "./field-words.ts";
import { suggestion } from "./did-you-mean.ts";

export const stageIds = stages.map((stage) => stage.id);
export const termStageValues = [...stageIds, "all"];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Characters a summary may not hold: Markdown or HTML, which search results and the A–Z page would show raw. */
export const markdownPattern = /[*_`#[\]<>]/;
export const summaryLimit = 200;
/** A term lists at least this many related terms. */
export const relatedMinimum = 2;

/** "Value Ladder" → "value-ladder": the closest file name to what was typed. */
export const asSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\.md$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** True for a real calendar day written YYYY-MM-DD: 2026-02-30 and 2026-13-01 are not. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** "is missing: add …" when absent, otherwise the wrong-type message. */
const missingOr = (missing: string, wrongType: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `is missing: ${missing}` : wrongType;

const calendarDate = z
  .string({
    error: missingOr("write a date such as 2026-11-22", "should be a date written YYYY-MM-DD, such as 2026-11-22"),
  })
  .refine(isCalendarDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date: write it as year-month-day, such as 2026-11-22`,
  })
  .transform((text) => new Date(`${text}T00:00:00Z`));

const summary = z
  .string({
    error: missingOr(
      `add one or two plain sentences, ${summaryLimit} characters or fewer`,
      "should be one or two plain sentences of text",
    ),
  })
  .trim()
  .min(1, { error: `is empty: write one or two plain sentences, ${summaryLimit} characters or fewer` })
  .max(summaryLimit, {
    error: (issue) =>
      `has ${count(String(issue.input).length, "character")}; keep it to ${summaryLimit} or fewer (it is shown in search results and on the A–Z page)`,
  })
  .refine((text) => !markdownPattern.test(text), {
    error: (issue) =>
      `has "${String(issue.input).match(markdownPattern)?.[0]}", which is Markdown or HTML: write plain text, without * _ \` # [ ] < or >`,
  });

const title = z
  .string({
    error: missingOr(
      "add the term's name, such as title: Lead magnet",
      'should be the term\'s name as text, such as "Lead magnet"',
    ),
  })
  .trim()
  .min(1, { error: 'is empty: write the term\'s name, such as "Lead magnet"' });

const fileName = z
  .string({ error: `should be another term's file name (${slugGloss}), such as value-ladder` })
  .regex(slugPattern, {
    error: (issue) => {
      const closest = asSlug(String(issue.input));
      return `"${String(issue.input)}" is not written as a file name: use ${slugGloss}, in lowercase words joined by hyphens${closest ? ` (did you mean "${closest}"?)` : ""}`;
    },
  });

const stageList = termStageValues.join(", ");

export const termSchema = z
  .object({
    title,
    summary,
    stage: z
      .string({ error: missingOr(`add one of ${stageList}`, `should be one of ${stageList}`) })
      .refine((value) => termStageValues.includes(value), {
        error: (issue) =>
          `"${String(issue.input)}" is not a stage: write one of ${stageList}${suggestion(String(issue.input), termStageValues)}`,
      }),
    related: z
      .array(fileName, {
        error: missingOr(
          `add a list of two or more other terms, such as related: [sales-funnel, value-ladder]`,
          "should be a list in square brackets, such as [sales-funnel, value-ladder]",
        ),
      })
      .min(relatedMinimum, {
        error: (issue) =>
          `has ${count((issue.input as unknown[]).length, "term")}; list at least ${relatedMinimum} other terms, by file name (${slugGloss})`,
      }),
    aliases: z
      .array(
        z
          .string({ error: "should be text" })
          .trim()
          .min(1, { error: "is empty: write another name the term goes by, or remove it" }),
        {
          error: "should be a list in square brackets, such as [free resource]",
        },
      )
      .optional(),
    series: z
      .string({ error: "should be the hub guide's file name, such as sales-funnels-for-coaches" })
      .regex(slugPattern, { error: "should be the hub guide's file name, such as sales-funnels-for-coaches" })
      .optional(),
    sources: sourcesSchema.optional(),
    updated: calendarDate.optional(),
    draft: z.boolean({ error: "should be true or false (remove the line to publish)" }).optional(),
  })
  .strict();

export const guideSchema = z
  .object({
    title: z
      .string({ error: missingOr("add the guide's name", "should be text") })
      .trim()
      .min(1, { error: "is empty: write the guide's name" }),
    summary,
    stage: z
      .enum(stageIds as [string, ...string[]], {
        error: (issue) =>
          `"${String(issue.input)}" is not a stage: write one of ${stageIds.join(", ")}${suggestion(String(issue.input), stageIds)}`,
      })
      .optional(),
    reflection: z
      .string({ error: "should be text" })
      .trim()
      .min(1, { error: "is empty: write the question the reader reflects on" })
      .optional(),
    sources: sourcesSchema.optional(),
    updated: calendarDate.optional(),
  })
  .strict()
  .refine((guide) => !guide.stage || guide.reflection, {
    path: ["reflection"],
    message: "is missing: every stage guide ends with one, so add reflection: followed by a question for the reader",
  });

export type TermFrontMatter = z.infer<typeof termSchema>;
export type GuideFrontMatter = z.infer<typeof guideSchema>;

export const isSlug = (value: string): boolean => slugPattern.test(value);

export const guideFields = ["title", "summary", "stage", "reflection", "sources", "updated"];
