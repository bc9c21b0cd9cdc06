import { describe, expect, it } from "vitest";
import {
  buildContentModel,
  defaultWordLimits,
  formatProblem,
  type SourceFile,
} from "../../src/content/content-model.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "../helpers/paths.ts";

const options = {
  includeDrafts: false,
  knownSeries: ["sales-funnels-for-coaches"],
  otherPages: ["/calculator/"],
  wordLimits: defaultWordLimits,
};
const valid = fixtureTerms("valid");

/** Errors (formatted as a build prints them) from the valid set plus one bad fixture file. */
function errorsWith(badFile: string): string[] {
  const model = buildContentModel([...valid, ...fixtureTerms("bad", [badFile])], options);
  return model.problems.filter((p) => p.severity === "error").map(formatProblem);
}

/** Every fixture stands alone, so nothing links to it; that (tested below) is left out here. */
const notOrphan = (message: string) => !message.includes("no other entry links here yet");

describe("term front matter: each mistake an editor can make names the file, the field in words, the numbers and what to write", () => {
  it.each([
    [
      "missing-title.md",
      "src/glossary/missing-title.md: the title is missing: add the term's name, such as title: Lead magnet",
    ],
    [
      "missing-summary.md",
      "src/glossary/missing-summary.md: the summary is missing: add one or two plain sentences, 200 characters or fewer",
    ],
    [
      "long-summary.md",
      "src/glossary/long-summary.md: the summary has 224 characters; keep it to 200 or fewer (it is shown in search results and on the A–Z page)",
    ],
    [
      "unknown-stage.md",
      'src/glossary/unknown-stage.md: the stage "onboarding" is not a stage: write one of awareness, consideration, decision, retention, advocacy, all',
    ],
    [
      "unknown-related.md",
      'src/glossary/unknown-related.md: the third related term "betta" is not a glossary term (did you mean "beta"?): each related term is another term\'s file name, without .md',
    ],
    [
      "self-related.md",
      'src/glossary/self-related.md: the second related term "self-related" is this term itself: list other terms',
    ],
    [
      "bad-date.md",
      'src/glossary/bad-date.md: the updated date "2026-13-45" is not a real date: write it as year-month-day, such as 2026-11-22',
    ],
    [
      "duplicate-title.md",
      'src/glossary/duplicate-title.md: the title "alpha" is already the title of src/glossary/alpha.md: two terms cannot share a name, ignoring capitals; choose another, or edit that file',
    ],
    [
      "unknown-field.md",
      'src/glossary/unknown-field.md: the field "sumary" is not one we know: fix its spelling or remove the line (did you mean "summary"?)',
    ],
    [
      "one-related.md",
      "src/glossary/one-related.md: the related list has 1 term; list at least 2 other terms, by file name (the file name without .md, which is also the page's address)",
    ],
    [
      "markdown-summary.md",
      'src/glossary/markdown-summary.md: the summary has "*", which is Markdown or HTML: write plain text, without * _ ` # [ ] < or >',
    ],
    [
      "broken-link.md",
      'src/glossary/broken-link.md: the body links to /glossary/alpah/, which is not a page (did you mean "/glossary/alpha/"?)',
    ],
    [
      "Capital_File.md",
      'src/glossary/Capital_File.md: the file name "Capital_File.md" is not lowercase words joined by hyphens, and the file name (without .md) is the page\'s address: rename the file to "capital-file.md"',
    ],
    [
      "nested/alpha.md",
      'src/glossary/nested/alpha.md: the file name "alpha" is already used by src/glossary/alpha.md: two terms cannot share a file name (the file name without .md, which is also the page\'s address), so rename one',
    ],
    [
      "placeholder-hint.md",
      'src/glossary/placeholder-hint.md: the body still has the outline\'s hint "One paragraph in plain words, with an ev…" under "What is a placeholder hint?" (line 9): replace the hint with your own words',
    ],
  ])("%s", (file, message) => {
    expect(errorsWith(file).filter(notOrphan)).toEqual([message]);
  });

  it("no message says a field the way code does (related[0], sources[1].url) or leaves a slug unexplained", () => {
    const model = buildContentModel([...valid, ...fixtureTerms("bad")], options);
    for (const message of model.problems.map(formatProblem)) {
      expect(message).not.toMatch(/\w\[\d+\]|\bexpected\b/);
      expect(message).not.toMatch(/\bslug\b/);
    }
  });

  it("tells an editor exactly how to link a lone term, naming the files to open", () => {
    const lonely: SourceFile = {
      ...valid[0]!,
      path: "src/glossary/lonely.md",
      data: { ...valid[0]!.data, title: "Lonely", related: ["beta", "gamma"] },
      body: "No links.",
    };
    const problems = buildContentModel([...valid, lonely], options).problems.filter(
      (p) => p.file === "src/glossary/lonely.md" && p.severity === "error",
    );
    expect(problems.map(formatProblem)).toEqual([
      "src/glossary/lonely.md: no other entry links here yet: add `lonely` to the related list of one of these: src/glossary/beta.md, src/glossary/gamma.md, src/glossary/alpha.md (or link to /glossary/lonely/ from its text)",
    ]);
  });

  it("reports a YAML syntax error with the file name instead of crashing", () => {
    const text = readFileSync(join(fixturesDir, "terms/unparseable/bad-yaml.md"), "utf8");
    const parsed = parseSourceFile("src/glossary/bad-yaml.md", "term", text, new Date());
    expect(parsed).toMatchObject({
      file: "src/glossary/bad-yaml.md",
      message: expect.stringContaining("front matter is not valid YAML"),
    });
  });

  it("reports every problem at once, not just the first", () => {
    const model = buildContentModel([...valid, ...fixtureTerms("bad")], options);
    const files = new Set(model.problems.filter((p) => p.severity === "error").map((p) => p.file));
    expect(files.size).toBeGreaterThanOrEqual(13);
  });

  it("accepts the valid fixtures without errors", () => {
    expect(buildContentModel(valid, options).problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("the link graph", () => {
  const model = buildContentModel(valid, options);

  it("lists each page that links to a term once, as 'mentioned in'", () => {
    expect(model.backlinks["/glossary/alpha/"]?.map((l) => l.title)).toEqual(["Beta", "Gamma"]);
    expect(model.backlinks["/glossary/gamma/"]).toBeUndefined();
  });

  it("does not count a page linking to itself", () => {
    expect(model.backlinks["/glossary/beta/"]?.map((l) => l.title)).toEqual(["Alpha", "Gamma"]);
  });

  it("refuses a published orphan that nothing links to or lists as related, and only warns about a draft one", () => {
    const lonely: SourceFile = {
      ...valid[0]!,
      path: "src/glossary/lonely.md",
      data: { ...valid[0]!.data, title: "Lonely" },
      body: "No links.",
    };
    const orphanProblem = (file: SourceFile) =>
      buildContentModel([...valid, file], { ...options, includeDrafts: true }).problems.find(
        (p) => p.file === "src/glossary/lonely.md" && p.message.startsWith("no other entry links here yet"),
      );
    expect(orphanProblem(lonely)?.severity).toBe("error");
    const draft = orphanProblem({ ...lonely, data: { ...lonely.data, draft: true } });
    expect(draft?.severity).toBe("warning");
    expect(draft?.message).toMatch(/in the same change that publishes this draft$/);
  });
});

describe("drafts", () => {
  const draft: SourceFile = { ...valid[2]!, data: { ...valid[2]!.data, draft: true } };
  const withDraft = [valid[0]!, valid[1]!, draft];

  it("are left out of a production model and links to them are errors", () => {
    const model = buildContentModel(withDraft, options);
    expect(model.termsBySlug["gamma"]).toBeUndefined();
    expect(model.problems.filter((p) => p.severity === "error").map(formatProblem)).toContain(
      'src/glossary/alpha.md: the second related term "gamma" is a draft, so it is not published: remove it, or publish that term in the same change',
    );
  });

  it("are kept, and marked, when drafts are included for preview", () => {
    const model = buildContentModel(withDraft, { ...options, includeDrafts: true });
    expect(model.termsBySlug["gamma"]?.draft).toBe(true);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
