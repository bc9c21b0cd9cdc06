// npm run new-term -- "Lead magnet" [--stage consideration] [--related sales-funnel,value-ladder] [--summary "…"]
// Creates src/glossary/<slug>.md as a draft with the outline of a term. Asks for anything
// missing when run in a terminal. Never overwrites a file.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load-content.ts";
import slugify from "@sindresorhus/slugify";
import {
  planNewTerm,
  relatedProblems,
  splitList,
  stageProblems,
  summaryProblems,
  titleProblems,
} from "../src/content/new-term.ts";
import { termStageValues } from "../src/content/term-schema.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stage: { type: "string" },
    related: { type: "string" },
    summary: { type: "string" },
    root: { type: "string", default: process.cwd() },
  },
});

async function main(): Promise<number> {
  const root = values.root ?? process.cwd();
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const model = loadContent({ root, includeDrafts: true });

  /** Asks until the answer passes its check (in a terminal); a flag's value is taken as given. */
  const ask = async (
    question: string,
    given: string | undefined,
    problemsOf: (answer: string) => string[],
  ): Promise<string> => {
    if (given !== undefined || !prompt) return given ?? "";
    for (;;) {
      const answer = (await prompt.question(question)).trim();
      const problems = problemsOf(answer);
      if (problems.length === 0) return answer;
      console.log(`  ${problems.join("\n  ")}`);
    }
  };

  const title = await ask("Term name (for example: Lead magnet): ", positionals.join(" ") || undefined, (answer) =>
    titleProblems(answer, model.terms),
  );
  const summary = await ask(
    "One- or two-sentence summary (up to 200 characters, no Markdown): ",
    values.summary,
    summaryProblems,
  );
  const stage = await ask(`Stage (${termStageValues.join(", ")}): `, values.stage, stageProblems);
  const related = await ask(
    "Two or more related term slugs, comma-separated (for example: sales-funnel, value-ladder): ",
    values.related,
    (answer) => relatedProblems(splitList(answer), slugify(title), model.terms),
  );
  prompt?.close();

  const plan = planNewTerm({ title, summary, stage, related: splitList(related) }, model.terms);
  if (!plan.ok) {
    console.error(`Could not create the term:\n  ${plan.problems.join("\n  ")}`);
    if (!interactive)
      console.error(
        'Pass what is missing as flags, for example: npm run new-term -- "Lead magnet" --stage consideration --related sales-funnel,value-ladder --summary "…"',
      );
    return 1;
  }
  try {
    writeFileSync(join(root, plan.path), plan.text, { flag: "wx" }); // "wx": fail rather than overwrite
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      console.error(`${plan.path} already exists. Nothing was changed.`);
      return 1;
    }
    throw error;
  }
  if (plan.closeTerms.length)
    console.log(`Note: close existing terms: ${plan.closeTerms.join(", ")}. Check this is not a duplicate.`);
  console.log(
    `Created ${plan.path} as a draft.\n` +
      "  1. Under each heading, replace the hint in italics with your own words.\n" +
      `  2. Preview it with npm start at http://localhost:8080/glossary/${plan.slug}/\n` +
      "  3. Run npm run check:content and fix what it lists.\n" +
      `  4. To publish: delete the line "draft: true" and add ${plan.slug} to the related list of another term (check:content names some), then run npm run check:content again.`,
  );
  return 0;
}

process.exit(await main());
