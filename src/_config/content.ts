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

// The model lives in one process-wide slot, not in this module: .eleventy.js loads a fresh copy of
// this module for each config run, and Eleventy can keep a Nunjucks global (atlas, below) from an
// earlier run in the same process. Every copy must read the model of the build in progress.
const modelSlot = Symbol.for("journey-atlas.content-model");
const slot = globalThis as { [modelSlot]?: ContentModel };

/** The model of the build in progress, for other plugins (collections, filters). */
export function currentContentModel(): ContentModel {
  const model = slot[modelSlot];
  if (!model) throw new Error("The content model is read in eleventy.before; nothing may ask for it earlier.");
  return model;
}

/** Read-through view of the current model. A class, so Eleventy's config merge keeps it by reference. */
class AtlasView {
  get terms() {
    return currentContentModel().terms;
  }
  get termsBySlug() {
    return currentContentModel().termsBySlug;
  }
  get guides() {
    return currentContentModel().guides;
  }
  get backlinks() {
    return currentContentModel().backlinks;
  }
}

export default function contentPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.before", ({ directories, runMode }) => {
    const model = loadContent({ root: resolve(directories.input, ".."), includeDrafts: runMode !== "build" });
    slot[modelSlot] = model;
    const errors = errorsIn(model);
    if (errors.length > 0) throw new ContentError(errors.map(formatProblem));
    const warnings = model.problems.filter((problem) => problem.severity === "warning");
    for (const problem of warnings.slice(0, warningsShown)) console.warn(`[content] warning: ${formatProblem(problem)}`);
    if (warnings.length > warningsShown) console.warn(`[content] …and ${warnings.length - warningsShown} more warnings (npm run check:content)`);
  });

  // Templates read the model as `atlas`: atlas.terms, atlas.termsBySlug[slug], atlas.backlinks[url].
  // It is a Nunjucks global, not Eleventy data: data is merged into every page's data cascade,
  // which for a large glossary copies a large object thousands of times (5,000 terms ran out of memory).
  eleventyConfig.addNunjucksGlobal("atlas", new AtlasView());
}
