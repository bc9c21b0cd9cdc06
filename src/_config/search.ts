// Pagefind indexes the finished site, with the settings in pagefind.yml. `npm run build` runs the
// `pagefind` command once Eleventy has exited; under `npm start` this plugin runs the same command
// after every rebuild.
//
// Why a separate process after the build, not Pagefind's Node API inside it: at 5,000 terms the
// command indexed the same pages in about 5.5 s against 8.5 s through the API's service, and, run
// after Eleventy has exited, its memory does not stack on top of Eleventy's (docs/performance.md).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./eleventy-types.ts";

/** pagefind.yml, at the root of the project this file belongs to (or of a copy of it). */
const settingsFile = fileURLToPath(new URL("../../pagefind.yml", import.meta.url));
/** The `pagefind` command that `npm run build` runs (node_modules/.bin/pagefind points here). */
export const pagefindCommand = join(dirname(settingsFile), "node_modules/pagefind/lib/runner/bin.cjs");

/** The folder Pagefind writes its index to, inside the output (its default `output_subdir`). */
export const searchIndexFolder = "pagefind";

/** Pages in the index Pagefind wrote, from its entry file. */
function indexedPageCount(outputDir: string): number {
  const entry = JSON.parse(readFileSync(`${outputDir}/${searchIndexFolder}/pagefind-entry.json`, "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Runs `pagefind` on `outputDir` with the settings in pagefind.yml, as the second step of
 * `npm run build` does. Resolves once the index is written; rejects with Pagefind's own messages.
 */
export async function indexSite(outputDir: string): Promise<void> {
  const started = performance.now();
  // Without its settings Pagefind would quietly read every page of the site.
  if (!existsSync(settingsFile)) throw new Error(`Pagefind's settings are missing: ${settingsFile}`);
  // Pagefind names files by content hash, so old ones would pile up across rebuilds.
  rmSync(`${outputDir}/${searchIndexFolder}`, { recursive: true, force: true });
  const site = resolve(outputDir);
  const output = await new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, [pagefindCommand, "--site", site, "--quiet"], {
      cwd: dirname(settingsFile), // Pagefind reads pagefind.yml from the folder it runs in
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done(log) : fail(new Error(`Pagefind could not index ${outputDir}:\n${log.trim()}`)),
    );
  });
  if (output.trim()) console.warn(output.trim());
  // npm run bench reads this line under `npm start` to time the refreshed index.
  console.log(
    `[search] indexed ${indexedPageCount(outputDir)} pages in ${((performance.now() - started) / 1000).toFixed(2)} seconds`,
  );
}

/**
 * Emitted when a background refresh under `npm start` has finished, with its error if it failed.
 * Whoever built the site (a test, say) can wait for it before removing the output folder.
 */
export const searchRefreshedEvent = "journey-atlas.search-refreshed";

export default function searchPlugin(eleventyConfig: EleventyConfig): void {
  // Under `npm start` the index refreshes right after each rebuild without holding the reload back;
  // refreshes run one at a time, in order. A build leaves indexing to the `pagefind` step after it.
  let refreshing: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode === "build") return;
    refreshing = refreshing
      .then(() => indexSite(directories.output))
      .then(
        () => void eleventyConfig.emit(searchRefreshedEvent),
        (error: unknown) => {
          console.error(`[search] the index could not be refreshed: ${(error as Error).message}`);
          void eleventyConfig.emit(searchRefreshedEvent, error);
        },
      );
  });
}
