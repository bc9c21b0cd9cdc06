// Builds a site through Eleventy's programmatic API, as `npm run build` would, into any folder:
// Eleventy, then (for "build") the same `pagefind` and service-worker steps that follow it in `npm run build`.
import Eleventy from "@11ty/eleventy";
import { join, relative } from "node:path";
import { indexSite, searchRefreshedEvent } from "../../src/_config/search.ts";
import { writeServiceWorker } from "../../src/offline/write-worker.ts";
import { projectRoot } from "./paths.ts";

/**
 * mode "serve" builds as `npm start` does (drafts included); "build" as `npm run build`.
 * Under "serve" the search index is refreshed in the background, so this also waits for that refresh:
 * a caller that removes the folder straight after would otherwise race Pagefind's writes.
 */
export async function buildSite(
  outputDir: string,
  options: { input?: string; mode?: "build" | "serve"; configPath?: string } = {},
): Promise<void> {
  const mode = options.mode ?? "build";
  const previousMode = process.env.ELEVENTY_RUN_MODE;
  process.env.ELEVENTY_RUN_MODE = mode;
  let searchRefreshed: Promise<unknown> = Promise.resolve();
  try {
    // Eleventy skips directory data files (glossary.11tydata.js) when the input path is absolute.
    const input = relative(process.cwd(), options.input ?? join(projectRoot, "src")) || ".";
    const eleventy = new Eleventy(input, outputDir, {
      configPath: options.configPath ?? join(projectRoot, ".eleventy.js"),
      quietMode: true,
      runMode: mode,
      config(eleventyConfig) {
        if (mode === "serve")
          searchRefreshed = new Promise((resolve) => eleventyConfig.once(searchRefreshedEvent, resolve));
      },
    });
    await eleventy.write();
    if (mode === "build") {
      await indexSite(outputDir);
      await writeServiceWorker(outputDir);
    }
    const refreshError = await searchRefreshed;
    if (refreshError) throw refreshError;
  } finally {
    if (previousMode === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = previousMode;
  }
}
