import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits } from "../../src/content/content-model.ts";
import { planNewTerm } from "../../src/content/new-term.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";

const terms = buildContentModel(fixtureTerms("valid"), {
  includeDrafts: true,
  knownSeries: [],
  otherPages: [],
  wordLimits: defaultWordLimits,
}).terms;
const input = {
  title: "Lead magnet",
  summary: "A free, useful resource offered in exchange for an email address.",
  stage: "consideration",
  related: ["alpha", "beta"],
};

describe("planNewTerm", () => {
  it("writes valid front matter, as a draft, with the outline of a term", () => {
    const plan = planNewTerm(input, terms);
    if (!plan.ok) throw new Error(plan.problems.join("; "));
    expect(plan.path).toBe("src/glossary/lead-magnet.md");
    const parsed = parseSourceFile(plan.path, "term", plan.text, new Date());
    if ("message" in parsed) throw new Error(parsed.message);
    expect(parsed.data).toEqual({ ...input, draft: true });
    expect(plan.text).toContain("## What is a lead magnet?");
    // After the opening, the headings are left to the editor: the outline only hints at them.
    expect(plan.text).not.toContain("most common mistake");
    // The sources hint is a YAML comment: it shows the shape without adding data (checked by toEqual above).
    expect(plan.text).toMatch(/^# sources: .*\n#\s+- title: /m);
    // The new file passes the same checks as the build (drafts included, as under npm start).
    const model = buildContentModel([...fixtureTerms("valid"), parsed], {
      includeDrafts: true,
      knownSeries: [],
      otherPages: [],
      wordLimits: defaultWordLimits,
    });
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("refuses a duplicate title or slug, in any case, and says which file to edit", () => {
    const plan = planNewTerm({ ...input, title: "ALPHA", related: ["beta", "gamma"] }, terms);
    expect(plan).toEqual({
      ok: false,
      problems: ['"ALPHA" already exists as src/glossary/alpha.md (Alpha). Edit that file instead.'],
    });
  });

  it("names each bad field in words, with the schema's own message and a did-you-mean", () => {
    const plan = planNewTerm({ ...input, stage: "onboarding", related: ["alpah"] }, terms);
    if (plan.ok) throw new Error("expected problems");
    expect(plan.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the stage "onboarding" is not a stage: write one of awareness, consideration/),
        expect.stringMatching(/^the related list has 1 term; list at least 2 other terms/),
        'the first related term "alpah" is not a glossary term (did you mean "alpha"?): each related term is another term\'s file name (the file name without .md, which is also the page\'s address)',
      ]),
    );
  });
});
