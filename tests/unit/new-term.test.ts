import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits } from "../../src/content/content-model.ts";
import { planNewTerm } from "../../src/content/new-term.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { projectRoot } from "../helpers/paths.ts";

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

describe("npm run new-term", () => {
  let root: string;
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync(
          process.execPath,
          ["--import", "tsx", join(projectRoot, "scripts/new-term.ts"), "--root", root, ...args],
          { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
        ),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, output: e.stdout + e.stderr };
    }
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "atlas-new-term-"));
    cpSync(join(projectRoot, "_data"), join(root, "_data"), { recursive: true });
    mkdirSync(join(root, "src/glossary"), { recursive: true });
    cpSync(join(projectRoot, "tests/fixtures/terms/valid"), join(root, "src/glossary"), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the file from flags", () => {
    const result = run(
      "Lead magnet",
      "--stage",
      "consideration",
      "--related",
      "alpha,beta",
      "--summary",
      input.summary,
    );
    expect(result.code).toBe(0);
    expect(result.output).toContain("Created src/glossary/lead-magnet.md as a draft.");
    expect(readFileSync(join(root, "src/glossary/lead-magnet.md"), "utf8")).toMatch(/^---\ntitle: Lead magnet\n/);
  });

  it("refuses a duplicate and leaves the existing file untouched", () => {
    writeFileSync(
      join(root, "src/glossary/lead-magnet.md"),
      "---\ntitle: Lead magnet\nsummary: Edited by hand.\nstage: consideration\nrelated: [alpha, beta]\n---\nMy own words.\n",
    );
    const result = run("Lead magnet", "--stage", "decision", "--related", "alpha,beta", "--summary", "Another.");
    expect(result.code).toBe(1);
    expect(result.output).toContain('"Lead magnet" already exists as src/glossary/lead-magnet.md');
    expect(readFileSync(join(root, "src/glossary/lead-magnet.md"), "utf8")).toContain("My own words.");
  });

  it("never overwrites a file, even one the content model could not read", () => {
    writeFileSync(join(root, "src/glossary/upsell.md"), "not front matter at all: [");
    const result = run("Upsell", "--stage", "retention", "--related", "alpha,beta", "--summary", "A step up.");
    expect(result.code).toBe(1);
    expect(result.output).toContain("src/glossary/upsell.md already exists. Nothing was changed.");
    expect(readFileSync(join(root, "src/glossary/upsell.md"), "utf8")).toBe("not front matter at all: [");
  });
});
