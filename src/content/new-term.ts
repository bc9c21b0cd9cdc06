// Plans a new glossary term from what an editor typed: checked with the build's own schema,
// refused when it would clash with an existing term. Pure: the CLI does the asking and writing.
import slugify from "@sindresorhus/slugify";
import yaml from "js-yaml";
import { didYouMean, suggestion } from "./did-you-mean.ts";
import { termSchema } from "./term-schema.ts";
import type { TermEntry } from "./content-model.ts";
import { fieldInWords, slugGloss } from "./field-words.ts";
import { outlineMarkdown } from "./placeholders.ts";

export interface NewTermInput {
  title: string;
  summary: string;
  stage: string;
  related: string[];
}

export type NewTermPlan =
  { ok: true; slug: string; path: string; text: string; closeTerms: string[] } | { ok: false; problems: string[] };

/** Existing terms whose slug or title is close to the new one, to show instead of a duplicate. */
function closeTerms(slug: string, title: string, terms: TermEntry[]): string[] {
  const near = new Set<string>();
  const bySlug = didYouMean(
    slug,
    terms.map((t) => t.slug),
  );
  if (bySlug) near.add(bySlug);
  for (const term of terms) {
    if (term.slug.includes(slug) || slug.includes(term.slug) || term.title.toLowerCase().includes(title.toLowerCase()))
      near.add(term.slug);
  }
  return [...near].slice(0, 5);
}

// A YAML comment, so it shows the editor the shape of a source without ever being published.
const sourcesHint = `# sources: add this list when the entry states a figure or a named method, for example:
#   - title: The One Number You Need to Grow
#     author: Frederick F. Reichheld
#     publisher: Harvard Business Review
#     year: 2003
#     url: https://hbr.org/2003/12/the-one-number-you-need-to-grow
`;

/** Each check returns the problems with one answer, so the CLI can ask again straight away. */
export function titleProblems(title: string, terms: TermEntry[]): string[] {
  const slug = slugify(title);
  if (!slug) return ["The title needs at least one letter or number."];
  const wanted = title.trim().toLowerCase();
  const clash = terms.find(
    (t) => t.slug === slug || t.title.toLowerCase() === wanted || t.aliases.some((a) => a.toLowerCase() === wanted),
  );
  if (!clash) return [];
  const near = closeTerms(slug, title, terms).filter((s) => s !== clash.slug);
  return [
    `"${title}" already exists as ${clash.path} (${clash.title}). Edit that file instead.${near.length ? ` Other close terms: ${near.join(", ")}.` : ""}`,
  ];
}

function fieldProblems(field: "summary" | "stage" | "related", value: unknown): string[] {
  const parsed = termSchema.shape[field].safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${fieldInWords([field, ...issue.path])} ${issue.message}`);
}

export const summaryProblems = (summary: string): string[] => fieldProblems("summary", summary.trim());

export function stageProblems(stage: string): string[] {
  return fieldProblems("stage", stage.trim()).slice(0, 1);
}

export const splitList = (text: string): string[] =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

export function relatedProblems(related: string[], slug: string, terms: TermEntry[]): string[] {
  const problems = fieldProblems("related", related);
  const slugs = terms.map((t) => t.slug);
  related.forEach((item, index) => {
    if (item === slug)
      problems.push(`${fieldInWords(["related", index])} "${item}" is this term itself: list other terms`);
    else if (!slugs.includes(item))
      problems.push(
        `${fieldInWords(["related", index])} "${item}" is not a glossary term${suggestion(item, slugs)}: each related term is another term's file name (${slugGloss})`,
      );
  });
  return problems;
}

export function planNewTerm(input: NewTermInput, terms: TermEntry[], folder = "src/glossary"): NewTermPlan {
  const slug = slugify(input.title);
  const data = {
    title: input.title.trim(),
    summary: input.summary.trim(),
    stage: input.stage.trim(),
    related: input.related.map((r) => r.trim()).filter(Boolean),
  };
  const problems = [
    ...titleProblems(input.title, terms),
    ...summaryProblems(data.summary),
    ...stageProblems(data.stage),
    ...relatedProblems(data.related, slug, terms),
  ];
  if (problems.length > 0) return { ok: false, problems };

  // New terms start as drafts: visible under `npm start`, never published half-written.
  const frontMatter = yaml.dump({ ...data, draft: true }, { lineWidth: -1, flowLevel: 1, quotingType: '"' });
  return {
    ok: true,
    slug,
    path: `${folder}/${slug}.md`,
    text: `---\n${frontMatter}${sourcesHint}---\n${outlineMarkdown(data.title)}`,
    closeTerms: closeTerms(slug, data.title, terms),
  };
}
