// npm run check:content — checks every term and guide in about a second, without a build.
// Same rules as the build (src/content/), and the same check of the site's template files.
// Prints every problem at once, grouped by file; exits 1 if any is an error.
import { performance } from "node:perf_hooks";
import { formatProblem, type ContentProblem } from "../src/content/content-model.ts";
import { modelOf, readSiteSources } from "../src/content/load-content.ts";
import { siteFileProblems } from "../src/content/site-files.ts";
import { siteTemplates } from "../src/_config/site-templates.ts";
import { count } from "../src/content/field-words.ts";

const root = process.argv[2] ?? process.cwd();
const started = performance.now();

// Drafts are checked as `npm start` shows them (so an editor gets feedback on work in progress),
// and the site as `npm run build` publishes it (so a link to a draft is still caught).
const sources = readSiteSources(root);
const preview = modelOf(sources, true);
const published = modelOf(sources, false);
const seen = new Set<string>();
// A term whose front matter is not YAML is reported by both; it is said once.
const siteFiles = siteFileProblems(root, { input: "src", includes: "_includes" }, siteTemplates).map((problem) => ({
  ...problem,
  severity: "error" as const,
}));
const problems: ContentProblem[] = [...siteFiles, ...preview.problems, ...published.problems].filter((problem) => {
  const key = `${problem.severity} ${formatProblem(problem)}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});
const model = preview;

const byFile = new Map<string, ContentProblem[]>();
for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);

for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\n${file}`);
  for (const problem of list)
    console.log(
      `  ${problem.severity === "error" ? "error  " : "warning"}  ${formatProblem(problem).slice(file.length + 2)}`,
    );
}

const errors = problems.filter((p) => p.severity === "error").length;
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const drafts = preview.terms.filter((term) => term.draft).length;
console.log(
  `\n${count(model.terms.length, "term")} (${drafts} draft) and ${count(model.guides.length, "guide")} checked in ${seconds}s: ${count(errors, "error")}, ${count(warnings, "warning")}.`,
);
if (errors > 0) console.log("Errors stop npm run build: fix each one above, then run npm run check:content again.");
else if (warnings > 0)
  console.log(
    "Warnings do not stop a preview, but a published term must have none: the tests (npm test) fail on them.",
  );
process.exit(errors > 0 ? 1 : 0);
