import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { stageListSchema } from "../../src/content/stage-schema.ts";

const issues = (data: unknown) => {
  const result = stageListSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("_data/stages.json", () => {
  it("is valid: 3–8 stages, each with its question, job, problem type, 3–5 fixes, guide and target", () => {
    expect(issues(stages)).toEqual([]);
  });

  it("rejects the mistakes an editor of the stage model could make", () => {
    const broken = structuredClone(stages);
    broken[1]!.question = "Could they help me";
    broken[2]!.fixes = ["Only one fix"];
    broken[3]!.targetRate = null;
    (broken[4] as Record<string, unknown>).problemType = "Loyalty!";
    broken[4]!.id = broken[0]!.id;
    expect(issues(broken)).toEqual(
      expect.arrayContaining([
        '1.question: a question ending in "?"',
        expect.stringMatching(/^2\.fixes: /),
        "3.targetRate: a rate between 0 and 1",
        expect.stringMatching(/^4\.problemType: /),
        "4.id: an id no other stage uses",
      ]),
    );
  });

  it("accepts any number of stages from 3 to 8, and no other", () => {
    const withCount = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        ...stages[Math.min(i, stages.length - 1)]!,
        id: `stage${"abcdefghij"[i]}`,
      }));
    for (const count of [3, 4, 5, 6, 7, 8]) expect(issues(withCount(count)), `${count} stages`).toEqual([]);
    expect(issues(withCount(2))).toContainEqual(": at least 3 stages");
    expect(issues(withCount(9))).toContainEqual(": at most 8 stages");
  });
});
