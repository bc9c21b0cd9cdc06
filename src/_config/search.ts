// Pagefind indexes the finished site. It runs after every build, including under `npm start`.
import { rmSync } from "node:fs";
import * as pagefind from "pagefind";
import type { EleventyConfig } from "./eleventy-types.ts";

/**
 * The pages that carry a searchable body (`data-pagefind-body`): terms, guides and the guides hub.
 * Pagefind reads only these, rather than parsing every listing page (the A–Z page alone is over 1 MB
 * at 5,000 terms) to find no body there. A build test checks the index holds every page with a body.
 */
export const indexedPages = "{glossary/*/index.html,guides/index.html,guides/*/index.html}";

export async function indexSite(outputDir: string): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: outputDir, glob: indexedPages });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
  // Pagefind names files by content hash, so old ones would pile up across rebuilds.
  rmSync(`${outputDir}/pagefind`, { recursive: true, force: true });
  await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
  await pagefind.close();
  // npm run bench reads this line to separate indexing time from Eleventy's own.
  console.log(
    `[search] indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)} seconds`,
  );
}

/**
 * Emitted when a background refresh under `npm start` has finished, with its error if it failed.
 * Whoever built the site (a test, say) can wait for it before removing the output folder.
 */
export const searchRefreshedEvent = "journey-atlas.search-refreshed";

export default function searchPlugin(eleventyConfig: EleventyConfig): void {
  // Under `npm start` the index refreshes right after each rebuild without holding the reload back;
  // refreshes run one at a time, in order. `npm run build` waits for the index, so a finished build has it.
  let refreshing: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode === "build") return indexSite(directories.output);
    refreshing = refreshing
      .then(() => indexSite(directories.output))
      .then(
        () => void eleventyConfig.emit(searchRefreshedEvent),
        (error: unknown) => {
          console.error(`[search] the index could not be refreshed: ${(error as Error).message}`);
          void eleventyConfig.emit(searchRefreshedEvent, error);
        },
      );
    return undefined;
  });
}
