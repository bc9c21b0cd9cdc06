// The content model: every term and guide, validated, cross-checked and linked, in one pass.
// Pure: it takes parsed files and returns data and problems. No file system, no Eleventy.
import { z } from "zod";
import {
  asSlug,
  guideFields,
  guideSchema,
  termSchema,
  isSlug,
  type GuideFrontMatter,
  type TermFrontMatter,
} from "./term-schema.ts";
import { didYouMean, suggestion } from "./did-you-mean.ts";
import { fieldInWords, slugGloss } from "./field-words.ts";
import { countWords, extractInternalLinks, readingMinutes } from "./markdown-text.ts";
import { editorialFindings } from "./editorial-rules.ts";
import { sourceFieldNames, type Source } from "./source-schema.ts";
import { placeholderFindings } from "./placeholders.ts";
import { rawHtmlFindings } from "./raw-html.ts";
import { listFormat } from "../funnel/locale.ts";

export interface SourceFile {
  /** Path from the project root, such as "src/glossary/lead-magnet.md". Used in every message. */
  path: string;
  kind: "term" | "guide";
  data: Record<string, unknown>;
  body: string;
  /** The line of the file on which the body starts, so body messages can name the file's own line. */
  bodyLine?: number;
  /** Last commit date from git, or the file's modification time when git has none. */
  lastModified: Date;
}

export interface ContentProblem {
  file: string;
  /** The field in words, as a message starts: "the summary", "the first related term". */
  field?: string;
  message: string;
  severity: "error" | "warning";
}

interface PageEntry {
  slug: string;
  url: string;
  path: string;
  title: string;
  summary: string;
  updated: Date;
  words: number;
  readingMinutes: number;
}

export interface TermEntry extends PageEntry {
  stage: string;
  related: string[];
  aliases: string[];
  series?: string;
  sources: Source[];
  draft: boolean;
}

export interface GuideEntry extends PageEntry {
  stage?: string;
  sources: Source[];
}

export interface PageLink {
  url: string;
  title: string;
}

export interface ContentModel {
  /** Published terms (drafts too when includeDrafts), sorted by title. */
  terms: TermEntry[];
  termsBySlug: Record<string, TermEntry>;
  guides: GuideEntry[];
  /** "Mentioned in": for each page URL, the pages whose body links to it. */
  backlinks: Record<string, PageLink[]>;
  problems: ContentProblem[];
}

export interface ContentOptions {
  includeDrafts: boolean;
  knownSeries: string[];
  /** Site pages that are not terms or guides but may be linked to, such as "/calculator/". */
  otherPages: string[];
  wordLimits: { term: [number, number]; guide: [number, number] };
}

export const defaultWordLimits: ContentOptions["wordLimits"] = { term: [250, 700], guide: [600, 1500] };

const fileSlug = (path: string): string => (path.split("/").pop() ?? "").replace(/\.md$/, "");

export const termUrl = (slug: string): string => `/glossary/${slug}/`;
export const guideUrl = (slug: string): string => (slug === "index" ? "/guides/" : `/guides/${slug}/`);

function schemaProblems(file: string, error: z.ZodError, knownFields: string[]): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      if (issue.path[0] === "sources") {
        const known = `a source has ${listFormat({ type: "conjunction" }).format(sourceFieldNames)}`;
        return issue.keys.map((key) => ({
          file,
          field: fieldInWords(issue.path),
          severity: "error" as const,
          message: `has "${key}", which is not a field we know${suggestion(key, sourceFieldNames)}: ${known}`,
        }));
      }
      return issue.keys.map((key) => ({
        file,
        field: `the field "${key}"`,
        severity: "error" as const,
        message: `is not one we know: fix its spelling or remove the line${suggestion(key, knownFields)}`,
      }));
    }
    // Each schema message is written to follow the field in words: "the summary has 243 characters; …".
    return [{ file, field: fieldInWords(issue.path), severity: "error" as const, message: issue.message }];
  });
}

export function buildContentModel(files: SourceFile[], options: ContentOptions): ContentModel {
  const problems: ContentProblem[] = [];
  const error = (file: string, field: string | undefined, message: string) =>
    problems.push({ file, ...(field ? { field } : {}), message, severity: "error" });
  const warning = (file: string, field: string | undefined, message: string) =>
    problems.push({ file, ...(field ? { field } : {}), message, severity: "warning" });

  const allTerms: TermEntry[] = [];
  const guides: GuideEntry[] = [];
  const bodies = new Map<string, { path: string; url: string; title: string; body: string }>();
  const seenSlugs = new Map<string, string>();
  const bodyByPath = new Map(files.map((file) => [file.path, file.body]));
  const bodyLineOf = new Map(files.map((file) => [file.path, file.bodyLine ?? 1]));

  for (const file of files) {
    const slug = fileSlug(file.path);
    if (!isSlug(slug)) {
      const closest = asSlug(slug);
      error(
        file.path,
        "the file name",
        `"${slug}.md" is not lowercase words joined by hyphens, and the file name (without .md) is the page's address: rename the file${closest ? ` to "${closest}.md"` : ', such as "lead-magnet.md"'}`,
      );
      continue;
    }
    const words = countWords(file.body);
    // Checked for every file, drafts too: a preview runs in the editor's browser as well.
    for (const finding of rawHtmlFindings(file.body, file.bodyLine ?? 1)) error(file.path, "the body", finding.message);
    if (file.kind === "term") {
      // reportInput lets a message tell a missing field ("is missing") from one of the wrong kind.
      const parsed = termSchema.safeParse(file.data, { reportInput: true });
      if (!parsed.success) {
        problems.push(...schemaProblems(file.path, parsed.error, Object.keys(termSchema.shape)));
        continue;
      }
      const twin = seenSlugs.get(slug);
      if (twin) {
        error(
          file.path,
          "the file name",
          `"${slug}" is already used by ${twin}: two terms cannot share a file name (${slugGloss}), so rename one`,
        );
        continue;
      }
      seenSlugs.set(slug, file.path);
      allTerms.push(toTerm(slug, file, parsed.data, words));
    } else {
      const parsed = guideSchema.safeParse(file.data, { reportInput: true });
      if (!parsed.success) {
        problems.push(...schemaProblems(file.path, parsed.error, guideFields));
        continue;
      }
      guides.push(toGuide(slug, file, parsed.data, words));
    }
  }

  const terms = allTerms
    .filter((term) => options.includeDrafts || !term.draft)
    .sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
  const termsBySlug = Object.fromEntries(terms.map((term) => [term.slug, term]));
  const draftSlugs = new Set(allTerms.filter((term) => term.draft && !termsBySlug[term.slug]).map((t) => t.slug));
  const slugList = allTerms.map((term) => term.slug);

  checkNames(terms, error);

  for (const term of terms) {
    bodies.set(term.url, { path: term.path, url: term.url, title: term.title, body: bodyByPath.get(term.path) ?? "" });
    term.related.forEach((related, index) => {
      const field = fieldInWords(["related", index]);
      if (related === term.slug) error(term.path, field, `"${related}" is this term itself: list other terms`);
      else if (draftSlugs.has(related))
        error(
          term.path,
          field,
          `"${related}" is a draft, so it is not published: remove it, or publish that term in the same change`,
        );
      else if (!termsBySlug[related])
        error(
          term.path,
          field,
          `"${related}" is not a glossary term${suggestion(related, slugList)}: each related term is another term's file name, without .md`,
        );
    });
    if (term.series && !options.knownSeries.includes(term.series)) {
      const known = options.knownSeries.length
        ? `write ${options.knownSeries.join(" or ")}, or remove the line`
        : "remove the line";
      error(
        term.path,
        fieldInWords(["series"]),
        `"${term.series}" is not a series we have: ${known}${suggestion(term.series, options.knownSeries)}`,
      );
    }
    const [min, max] = options.wordLimits.term;
    if (term.words < min || term.words > max)
      warning(term.path, "the body", `has ${term.words} words; a term reads best at ${min}–${max}`);
    for (const finding of editorialFindings(bodyByPath.get(term.path) ?? "", term.sources.length > 0))
      warning(term.path, fieldInWords([finding.field]), finding.message);
    // The outline's hints may sit in a draft being written, never in a published page.
    for (const finding of placeholderFindings(bodyByPath.get(term.path) ?? "", bodyLineOf.get(term.path)))
      (term.draft ? warning : error)(term.path, "the body", finding.message);
  }
  for (const guide of guides) {
    bodies.set(guide.url, {
      path: guide.path,
      url: guide.url,
      title: guide.title,
      body: bodyByPath.get(guide.path) ?? "",
    });
    for (const finding of placeholderFindings(bodyByPath.get(guide.path) ?? "", bodyLineOf.get(guide.path)))
      error(guide.path, "the body", finding.message);
    const [min, max] = options.wordLimits.guide;
    if (guide.words < min || guide.words > max)
      warning(guide.path, "the body", `has ${guide.words} words; a guide reads best at ${min}–${max}`);
  }

  const backlinks = linkGraph(
    [...bodies.values()],
    new Set([...bodies.keys(), ...options.otherPages]),
    draftSlugs,
    slugList,
    error,
  );

  const listedAsRelated = new Set(terms.flatMap((term) => term.related.filter((slug) => slug !== term.slug)));
  for (const term of terms) {
    const linkedFromBody = (backlinks[term.url] ?? []).length > 0;
    if (!linkedFromBody && !listedAsRelated.has(term.slug)) {
      // A published page nobody can reach is an error; a draft is told what publishing it will need.
      const report = term.draft ? warning : error;
      report(term.path, undefined, orphanMessage(term, terms));
    }
  }

  return { terms, termsBySlug, guides, backlinks, problems };
}

/**
 * What to do about a term nothing links to: name the terms most likely to list it (the ones it lists
 * itself, then others of its stage), so the editor knows which file to open.
 */
function orphanMessage(term: TermEntry, terms: TermEntry[]): string {
  const published = terms.filter((other) => other.slug !== term.slug && !other.draft);
  const near = [
    ...term.related.map((slug) => published.find((other) => other.slug === slug)),
    ...published.filter((other) => other.stage === term.stage || term.stage === "all"),
  ].filter((other): other is TermEntry => other !== undefined);
  const picks = [...new Set(near)].slice(0, 3).map((other) => other.path);
  const where = picks.length
    ? `: add \`${term.slug}\` to the related list of one of these: ${picks.join(", ")}`
    : `: add \`${term.slug}\` to the related list of another term`;
  return `no other entry links here yet${where} (or link to ${term.url} from its text)${term.draft ? ", in the same change that publishes this draft" : ""}`;
}

/** Fields every page shares, terms and guides alike. */
function pageFields(
  slug: string,
  url: string,
  file: SourceFile,
  data: { title: string; summary: string; updated?: Date | undefined },
  words: number,
): PageEntry {
  return {
    slug,
    url,
    path: file.path,
    title: data.title,
    summary: data.summary,
    updated: data.updated ?? file.lastModified,
    words,
    readingMinutes: readingMinutes(words),
  };
}

function toTerm(slug: string, file: SourceFile, data: TermFrontMatter, words: number): TermEntry {
  return {
    ...pageFields(slug, termUrl(slug), file, data, words),
    stage: data.stage,
    related: data.related,
    aliases: data.aliases ?? [],
    ...(data.series ? { series: data.series } : {}),
    sources: data.sources ?? [],
    draft: data.draft ?? false,
  };
}

function toGuide(slug: string, file: SourceFile, data: GuideFrontMatter, words: number): GuideEntry {
  return {
    ...pageFields(slug, guideUrl(slug), file, data, words),
    ...(data.stage ? { stage: data.stage } : {}),
    sources: data.sources ?? [],
  };
}

/** Titles and aliases must each name one term, ignoring case. */
function checkNames(terms: TermEntry[], error: (file: string, field: string, message: string) => void): void {
  const owners = new Map<string, { path: string; what: string }>();
  const claim = (name: string, path: string, field: string, what: string) => {
    const key = name.toLowerCase();
    const owner = owners.get(key);
    if (owner && owner.path !== path)
      error(
        path,
        field,
        `"${name}" is already the ${owner.what} of ${owner.path}: two terms cannot share a name, ignoring capitals; choose another, or edit that file`,
      );
    else owners.set(key, { path, what });
  };
  for (const term of terms) claim(term.title, term.path, fieldInWords(["title"]), "title");
  for (const term of terms)
    term.aliases.forEach((alias, i) => claim(alias, term.path, fieldInWords(["aliases", i]), "alias"));
}

/**
 * One pass over every body: each internal link is checked and recorded as a backlink of its target.
 * Cost grows with the number of links, not with pages × pages.
 */
function linkGraph(
  pages: { path: string; url: string; title: string; body: string }[],
  knownUrls: Set<string>,
  draftSlugs: Set<string>,
  slugList: string[],
  error: (file: string, field: string, message: string) => void,
): Record<string, PageLink[]> {
  const backlinks: Record<string, PageLink[]> = {};
  for (const page of pages) {
    const linked = new Set<string>();
    for (const target of extractInternalLinks(page.body)) {
      const url = target.endsWith("/") || target.includes(".") ? target : `${target}/`;
      if (!knownUrls.has(url)) {
        const slug = url.match(/^\/glossary\/([^/]+)\/$/)?.[1];
        if (slug && draftSlugs.has(slug))
          error(
            page.path,
            "the body",
            `links to ${url}, a draft term that is not published: publish that term in the same change, or remove the link`,
          );
        else if (url.startsWith("/glossary/") || url.startsWith("/guides/")) {
          const closest = slug ? didYouMean(slug, slugList) : undefined;
          error(
            page.path,
            "the body",
            `links to ${url}, which is not a page${closest ? ` (did you mean "/glossary/${closest}/"?)` : ": fix the address, or create that term first"}`,
          );
        }
        continue;
      }
      if (url === page.url || linked.has(url)) continue;
      linked.add(url);
      (backlinks[url] ??= []).push({ url: page.url, title: page.title });
    }
  }
  for (const list of Object.values(backlinks)) list.sort((a, b) => a.title.localeCompare(b.title));
  return backlinks;
}

/** "src/glossary/x.md: the second related term "y" is not a glossary term…" — the one format every tool prints. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field ? `${problem.field} ` : ""}${problem.message}`;
}
