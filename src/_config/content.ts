// Loads every term and guide once per build, before anything is written. Bad content stops the
// build here, so a failed build leaves the previous output untouched rather than half-written.
import { resolve } from "node:path";
import { errorsIn, loadContent } from "../content/load-content.ts";
import { formatProblem, type ContentModel } from "../content/content-model.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(`The content has ${messages.length} problem(s) to fix:\n  ${messages.join("\n  ")}\n(npm run check:content lists every problem without a build)`);
    this.name = "ContentError";
  }
}

const warningsShown = 10;

export default function contentPlugin(eleventyConfig: EleventyConfig): void {
  let model: ContentModel | undefined;

  eleventyConfig.on("eleventy.before", ({ directories, runMode }) => {
    model = loadContent({ root: resolve(directories.input, ".."), includeDrafts: runMode !== "build" });
    const errors = errorsIn(model);
    if (errors.length > 0) throw new ContentError(errors.map(formatProblem));
    const warnings = model.problems.filter((problem) => problem.severity === "warning");
    for (const problem of warnings.slice(0, warningsShown)) console.warn(`[content] warning: ${formatProblem(problem)}`);
    if (warnings.length > warningsShown) console.warn(`[content] …and ${warnings.length - warningsShown} more warnings (npm run check:content)`);
  });

  // Templates read the model as `atlas` ("content" is reserved by Eleventy): atlas.terms, atlas.termsBySlug[slug], atlas.backlinks[url].
  eleventyConfig.addGlobalData("atlas", () => model);
}
