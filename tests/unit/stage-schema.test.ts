import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { stageListSchema } from "../../src/content/stage-schema.ts";

const issues = (data: unknown) => {
  const result = stageListSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("_data/stages.json", () => {
  it("is valid: five stages, each with its question, job, problem type, 3–5 fixes, guide and target", () => {
    expect(issues(stages)).toEqual([]);
  });

  it("rejects the mistakes an editor of the stage model could make", () => {
    const broken = structuredClone(stages);
    broken[1]!.question = "Could they help me";
    broken[2]!.fixes = ["Only one fix"];
    broken[3]!.targetRate = null;
    (broken[4] as Record<string, unknown>).problemType = "loyalty";
    expect(issues(broken)).toEqual(
      expect.arrayContaining([
        '1.question: a question ending in "?"',
        expect.stringMatching(/^2\.fixes: /),
        "3.targetRate: a rate between 0 and 1",
        expect.stringMatching(/^4\.problemType: /),
      ]),
    );
    expect(issues(stages.slice(0, 4))).toContainEqual(": exactly five stages");
  });
});
