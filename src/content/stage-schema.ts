// The journey stages, validated. `_data/stages.json` is the only copy of this data: templates read
// it as Eleventy data, the calculator bundles it, and the build checks it here. Any number of stages
// from `minStages` to `maxStages` works: add one by adding an entry (and its guide in src/guides/).
import { z } from "zod";
import { moneyRoles } from "../funnel/money-roles.ts";

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
    // Where money is earned by default; the coach can move either role in the calculator.
    moneyRoles: z.array(z.enum(moneyRoles)).optional(),
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
      const roleHolders = new Map<unknown, number>();
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
        // A role held by two stages would leave the money ambiguous: the first keeps it.
        const roles: unknown = (stage as { moneyRoles?: unknown }).moneyRoles;
        for (const role of Array.isArray(roles) ? roles : []) {
          if (roleHolders.has(role))
            ctx.addIssue({
              code: "custom",
              path: [index, "moneyRoles"],
              message: `"${String(role)}" only once: stage ${Number(roleHolders.get(role)) + 1} already holds it`,
            });
          else roleHolders.set(role, index);
        }
      });
    },
    // Run even when a stage has other errors, so every problem is reported in one go.
    { when: () => true },
  );

export type Stage = z.infer<typeof stageSchema>;
