// The five journey stages, validated. `_data/stages.json` is the only copy of this data:
// templates read it as Eleventy data, the calculator bundles it, and the build checks it here.
import { z } from "zod";

export const problemTypes = ["reach", "trust", "commitment", "continuity", "advocacy"] as const;

export const stageSchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/, "a lowercase word such as \"awareness\""),
    name: z.string().min(1),
    question: z.string().min(1).endsWith("?", "a question ending in \"?\""),
    job: z.string().min(1),
    problemType: z.enum(problemTypes),
    problemExplained: z.string().min(1),
    fixes: z.array(z.string().min(1)).min(3).max(5),
    guideUrl: z.string().regex(/^\/guides\/[a-z]+\/$/, "a guide URL such as \"/guides/awareness/\""),
    targetRate: z.number().gt(0).lte(1).nullable(),
    targetNote: z.string().min(1),
  })
  .strict();

export const stageListSchema = z
  .array(stageSchema)
  .length(5, "exactly five stages")
  .superRefine(
    (list, ctx) => {
      if (!Array.isArray(list)) return;
      list.forEach((stage: { targetRate?: unknown } | undefined, index) => {
        // Only the first stage has no step leading into it, so only it may lack a target.
        if (stage && (index === 0) !== (stage.targetRate === null)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "targetRate"],
            message: index === 0 ? "null for the first stage" : "a rate between 0 and 1",
          });
        }
      });
    },
    // Run even when a stage has other errors, so every problem is reported in one go.
    { when: () => true },
  );

export type Stage = z.infer<typeof stageSchema>;
