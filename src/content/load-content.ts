// Reads, validates and links all content for a site rooted at `root`: shared by the build and the CLI tools.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildContentModel,
  defaultWordLimits,
  type ContentModel,
  type ContentProblem,
  type SourceFile,
} from "./content-model.ts";
import { readContent } from "./read-content.ts";
import { stageListSchema } from "./stage-schema.ts";

export interface LoadOptions {
  root: string;
  includeDrafts: boolean;
}

/** Everything read from disk for one check: parsed files, and problems found while reading. */
export interface SiteSources {
  files: SourceFile[];
  problems: ContentProblem[];
  hubSeries: string;
  stageIds: string[];
}

/** Pages that are not Markdown content but that content may link to. */
export function otherSitePages(stageIds: string[]): string[] {
  return [
    "/",
    "/glossary/",
    "/calculator/",
    "/search/",
    "/feed.xml",
    ...stageIds.map((id) => `/glossary/stage/${id}/`),
  ];
}

/** Reads site.json, stages.json and every term and guide once. */
export function readSiteSources(root: string): SiteSources {
  const site = JSON.parse(readFileSync(join(root, "_data/site.json"), "utf8")) as { hubSeries: string };
  const stagesFile = "_data/stages.json";
  const stagesCheck = stageListSchema.safeParse(JSON.parse(readFileSync(join(root, stagesFile), "utf8")));
  const stageProblems: ContentProblem[] = stagesCheck.success
    ? []
    : stagesCheck.error.issues.map((issue) => ({
        file: stagesFile,
        field: issue.path.join("."),
        message: `expected ${issue.message}`,
        severity: "error" as const,
      }));
  const stageIds = stagesCheck.success ? stagesCheck.data.map((stage) => stage.id) : [];

  const { files, problems: readProblems } = readContent(root);
  return {
    files,
    problems: [...stageProblems, ...readProblems.map((p) => ({ ...p, severity: "error" as const }))],
    hubSeries: site.hubSeries,
    stageIds,
  };
}

/** The content model of already-read sources, with drafts (as `npm start` shows) or without (as published). */
export function modelOf(sources: SiteSources, includeDrafts: boolean): ContentModel {
  const model = buildContentModel(sources.files, {
    includeDrafts,
    knownSeries: [sources.hubSeries],
    otherPages: otherSitePages(sources.stageIds),
    wordLimits: defaultWordLimits,
  });
  model.problems.unshift(...sources.problems);
  return model;
}

export function loadContent({ root, includeDrafts }: LoadOptions): ContentModel {
  return modelOf(readSiteSources(root), includeDrafts);
}

export const errorsIn = (model: ContentModel): ContentProblem[] => model.problems.filter((p) => p.severity === "error");
