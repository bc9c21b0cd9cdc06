import { describe, expect, it } from "vitest";
import { buildContentModel, defaultWordLimits, formatProblem, type SourceFile } from "../../src/content/content-model.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "../helpers/paths.ts";

const options = { includeDrafts: false, knownSeries: ["sales-funnels-for-coaches"], otherPages: ["/calculator/"], wordLimits: defaultWordLimits };
const valid = fixtureTerms("valid");

/** Errors (formatted as a build prints them) from the valid set plus one bad fixture file. */
function errorsWith(badFile: string): string[] {
  const model = buildContentModel([...valid, ...fixtureTerms("bad", [badFile])], options);
  return model.problems.filter((p) => p.severity === "error").map(formatProblem);
}

describe("term front matter: each mistake an editor can make names the file, the field and what was expected", () => {
  it.each([
    ["missing-title.md", 'src/glossary/missing-title.md: title is missing: expected the term\'s name, such as "Lead magnet"'],
    ["missing-summary.md", "src/glossary/missing-summary.md: summary is missing: expected one or two plain sentences"],
    ["long-summary.md", "src/glossary/long-summary.md: summary expected at most 200 characters"],
    ["unknown-stage.md", "src/glossary/unknown-stage.md: stage expected one of awareness, consideration, decision, retention, advocacy, all"],
    ["unknown-related.md", 'src/glossary/unknown-related.md: related[2] "betta" is not a glossary term (did you mean "beta"?)'],
    ["self-related.md", 'src/glossary/self-related.md: related[1] "self-related" is this term itself; list other terms'],
    ["bad-date.md", "src/glossary/bad-date.md: updated expected a real date written YYYY-MM-DD, such as 2026-11-22"],
    ["duplicate-title.md", 'src/glossary/duplicate-title.md: title "alpha" is already the title of src/glossary/alpha.md'],
    ["unknown-field.md", 'src/glossary/unknown-field.md: sumary is not a field we know (did you mean "summary"?)'],
    ["one-related.md", "src/glossary/one-related.md: related expected at least two related terms"],
    ["markdown-summary.md", "src/glossary/markdown-summary.md: summary expected plain text without Markdown or HTML"],
    ["broken-link.md", 'src/glossary/broken-link.md: body links to /glossary/alpah/, which is not a page (did you mean "/glossary/alpha/"?)'],
    ["Capital_File.md", 'src/glossary/Capital_File.md: file name expected lowercase words joined by hyphens, such as "lead-magnet.md"'],
    ["nested/alpha.md", 'src/glossary/nested/alpha.md: file name slug "alpha" is already used by src/glossary/alpha.md; every term needs its own slug'],
  ])("%s", (file, message) => {
    expect(errorsWith(file)).toEqual([message]);
  });

  it("reports a YAML syntax error with the file name instead of crashing", () => {
    const text = readFileSync(join(fixturesDir, "terms/unparseable/bad-yaml.md"), "utf8");
    const parsed = parseSourceFile("src/glossary/bad-yaml.md", "term", text, new Date());
    expect(parsed).toMatchObject({ file: "src/glossary/bad-yaml.md", message: expect.stringContaining("front matter is not valid YAML") });
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

  it("warns about an orphan that nothing links to or lists as related", () => {
    const lonely: SourceFile = { ...valid[0]!, path: "src/glossary/lonely.md", data: { ...valid[0]!.data, title: "Lonely" }, body: "No links." };
    const problems = buildContentModel([...valid, lonely], options).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: "src/glossary/lonely.md", severity: "warning", message: expect.stringContaining("orphan") }));
  });
});

describe("drafts", () => {
  const draft: SourceFile = { ...valid[2]!, data: { ...valid[2]!.data, draft: true } };
  const withDraft = [valid[0]!, valid[1]!, draft];

  it("are left out of a production model and links to them are errors", () => {
    const model = buildContentModel(withDraft, options);
    expect(model.termsBySlug["gamma"]).toBeUndefined();
    expect(model.problems.filter((p) => p.severity === "error").map(formatProblem)).toContain(
      'src/glossary/alpha.md: related[1] "gamma" is a draft, so it is not published; remove it or publish that term first',
    );
  });

  it("are kept, and marked, when drafts are included for preview", () => {
    const model = buildContentModel(withDraft, { ...options, includeDrafts: true });
    expect(model.termsBySlug["gamma"]?.draft).toBe(true);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
