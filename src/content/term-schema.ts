// Front-matter rules for glossary terms and guides. One schema, used by the build,
// `npm run check:content` and `npm run new-term`.
import { z } from "zod";
import stages from "../../_data/stages.json" with { type: "json" };
import { sourcesSchema } from "./source-schema.ts";

export const stageIds = stages.map((stage) => stage.id);
export const termStageValues = [...stageIds, "all"];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const markdownPattern = /[*_`#[\]<>]/;

/** True for a real calendar day written YYYY-MM-DD: 2026-02-30 and 2026-13-01 are not. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const calendarDate = z
  .string({ message: "a date written YYYY-MM-DD, such as 2026-11-22" })
  .refine(isCalendarDate, "a real date written YYYY-MM-DD, such as 2026-11-22")
  .transform((text) => new Date(`${text}T00:00:00Z`));

const summary = z
  .string({ message: "one or two plain sentences" })
  .trim()
  .min(1, "one or two plain sentences")
  .max(200, "at most 200 characters")
  .refine((text) => !markdownPattern.test(text), "plain text without Markdown or HTML");

export const termSchema = z
  .object({
    title: z.string({ message: "the term's name, such as \"Lead magnet\"" }).trim().min(1, "the term's name"),
    summary,
    stage: z.string({ message: `one of ${termStageValues.join(", ")}` }).refine(
      (value) => termStageValues.includes(value),
      `one of ${termStageValues.join(", ")}`,
    ),
    related: z
      .array(z.string().regex(slugPattern, "a term's slug, such as \"value-ladder\""), {
        message: "a list of at least two term slugs, such as [sales-funnel, value-ladder]",
      })
      .min(2, "at least two related terms"),
    aliases: z.array(z.string().trim().min(1)).optional(),
    series: z.string().regex(slugPattern).optional(),
    sources: sourcesSchema.optional(),
    updated: calendarDate.optional(),
    draft: z.boolean().optional(),
  })
  .strict();

export const guideSchema = z
  .object({
    title: z.string().trim().min(1),
    summary,
    stage: z.enum(stageIds as [string, ...string[]]).optional(),
    reflection: z.string().trim().min(1).optional(),
    sources: sourcesSchema.optional(),
    updated: calendarDate.optional(),
  })
  .strict()
  .refine((guide) => !guide.stage || guide.reflection, {
    path: ["reflection"],
    message: "a reflection prompt: every stage guide ends with one",
  });

export type TermFrontMatter = z.infer<typeof termSchema>;
export type GuideFrontMatter = z.infer<typeof guideSchema>;

export const isSlug = (value: string): boolean => slugPattern.test(value);

export const guideFields = ["title", "summary", "stage", "reflection", "sources", "updated"];
