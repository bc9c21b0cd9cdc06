// Loads every term and guide once per build, before anything is written. Bad content stops the
// build here, so a failed build leaves the previous output untouched rather than half-written.
import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { errorsIn, loadContent } from "../content/load-content.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatProblem, type ContentModel, type ContentProblem } from "../content/content-model.ts";
import { previewErrorPage } from "../content/preview-error-page.ts";
import { outputFolderProblem } from "../content/output-folder.ts";
import { count } from "../content/field-words.ts";
import type { EleventyConfig, EleventyEventArgs } from "./eleventy-types.ts";

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(
      `The content has ${count(messages.length, "problem")} to fix:\n  ${messages.join("\n  ")}\n(npm run check:content lists every problem without a build)`,
    );
    this.name = "ContentError";
  }
  /** Eleventy prints a thrown error's message, then its stack, which repeats the message: the message is
   * the whole story here, so the stack (Eleventy's internals) is left out. */
  readonly skipOriginalStack = true;
}

const warningsShown = 10;

// The model lives in one process-wide slot, not in this module: .eleventy.js loads a fresh copy of
// this module for each config run, and Eleventy can keep a Nunjucks global (atlas, below) from an
// earlier run in the same process. Every copy must read the model of the build in progress.
const modelSlot = Symbol.for("journey-atlas.content-model");
const slot = globalThis as { [modelSlot]?: ContentModel };
/** Errors of the latest `npm start` rebuild, shown in the browser in place of every page. */
let previewProblems: ContentProblem[] = [];

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

/**
 * A production build ships exactly what the current content produces: drafts previewed with
 * `npm start`, deleted and renamed terms would otherwise keep their pages, search entries and all.
 * Runs before esbuild and the templates write anything. Only the folder's contents go, never a
 * folder that holds the sources or the project.
 */
function emptyOutputFolder(directories: EleventyEventArgs["directories"]): void {
  const output = resolve(directories.output);
  const problem = outputFolderProblem(output, [
    directories.input,
    directories.includes,
    directories.data,
    process.cwd(),
  ]);
  if (problem)
    throw new Error(
      `Refusing to empty the output folder before the build: ${problem}. Build into a folder of its own, such as _site.`,
    );
  let entries: string[];
  try {
    entries = readdirSync(output);
  } catch {
    return; // no output folder yet: nothing stale to remove
  }
  for (const entry of entries) rmSync(join(output, entry), { recursive: true, force: true });
}

export default function contentPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.before", ({ directories, runMode }) => {
    const model = loadContent({ root: resolve(directories.input, ".."), includeDrafts: runMode !== "build" });
    slot[modelSlot] = model;
    const errors = errorsIn(model);
    previewProblems = runMode === "build" ? [] : errors;
    if (errors.length > 0 && runMode === "build") throw new ContentError(errors.map(formatProblem));
    if (errors.length > 0) {
      // Under `npm start` a thrown error only reaches the terminal and the browser keeps the old page.
      // So the rebuild renders nothing, succeeds, and the dev server reloads the browser onto the
      // error page below; once the file is fixed, the next rebuild reloads it onto the site again.
      console.error(`[content] ${new ContentError(errors.map(formatProblem)).message}`);
      return;
    }
    // Only once the content is known good: a failed build leaves the previous output as it was.
    if (runMode === "build") emptyOutputFolder(directories);
    const warnings = model.problems.filter((problem) => problem.severity === "warning");
    for (const problem of warnings.slice(0, warningsShown))
      console.warn(`[content] warning: ${formatProblem(problem)}`);
    if (warnings.length > warningsShown)
      console.warn(`[content] …and ${warnings.length - warningsShown} more warnings (npm run check:content)`);
  });

  eleventyConfig.addPreprocessor("content-errors", "*", () => (previewProblems.length > 0 ? false : undefined));
  eleventyConfig.setServerOptions({
    middleware: [
      (request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const wantsPage = request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
        if (previewProblems.length === 0 || !wantsPage) return next();
        response.statusCode = 500;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.end(previewErrorPage(previewProblems));
      },
    ],
  });

  // Templates read the model as `atlas`: atlas.terms, atlas.termsBySlug[slug], atlas.backlinks[url].
  // It is a Nunjucks global, not Eleventy data: data is merged into every page's data cascade,
  // which for a large glossary copies a large object thousands of times (5,000 terms ran out of memory).
  eleventyConfig.addNunjucksGlobal("atlas", new AtlasView());
}
