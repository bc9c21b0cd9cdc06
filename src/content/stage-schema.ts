// The journey stages, validated. `_data/stages.json` is the only copy of this data: templates read
// it as Eleventy data, the calculator bundles it, and the build checks it here. Any number of stages
// from `minStages` to `maxStages` works: add one by adding an entry (and its guide in src/guides/).
import { z } from "zod";

export const minStages = 3;
/** More bands than this no longer fit the stage diagram or the calculator's form on a phone. */
export const maxStages = 8;

export const stageSchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/, 'a lowercase word such as "awareness"'),
    name: z.string().min(1),
    question: z.string().min(1).endsWith("?", 'a question ending in "?"'),
    job: z.string().min(1),
    // Read in a sentence: "This is a reach problem."
    problemType: z.string().regex(/^[a-z]+(?: [a-z]+)?$/, 'one or two lowercase words such as "reach"'),
    problemExplained: z.string().min(1),
    fixes: z.array(z.string().min(1)).min(3).max(5),
    guideUrl: z.string().regex(/^\/guides\/[a-z]+\/$/, 'a guide URL such as "/guides/awareness/"'),
    targetRate: z.number().gt(0).lte(1).nullable(),
    targetNote: z.string().min(1),
  })
  .strict();

export const stageListSchema = z
  .array(stageSchema)
  .min(minStages, `at least ${minStages} stages`)
  .max(maxStages, `at most ${maxStages} stages`)
  .superRefine(
    (list, ctx) => {
      if (!Array.isArray(list)) return;
      const seen = new Set<unknown>();
      list.forEach((stage: { id?: unknown; targetRate?: unknown } | undefined, index) => {
        if (!stage) return;
        // Only the first stage has no step leading into it, so only it may lack a target.
        if ((index === 0) !== (stage.targetRate === null)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "targetRate"],
            message: index === 0 ? "null for the first stage" : "a rate between 0 and 1",
          });
        }
        // Ids name URLs (/glossary/stage/<id>/) and calculator fields, so two stages cannot share one.
        if (seen.has(stage.id))
          ctx.addIssue({ code: "custom", path: [index, "id"], message: "an id no other stage uses" });
        seen.add(stage.id);
      });
    },
    // Run even when a stage has other errors, so every problem is reported in one go.
    { when: () => true },
  );

export type Stage = z.infer<typeof stageSchema>;
