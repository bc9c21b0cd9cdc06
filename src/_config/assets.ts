// esbuild bundles the browser TypeScript and the CSS into the output folder before each build.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import type { EleventyConfig } from "./eleventy-types.ts";
import { allPageTypes } from "./page-types.ts";

/** Browser entry points: each page type's (page-types.ts), and term previews, which every page may load. */
export const scriptEntries = [
  ...allPageTypes.flatMap((type) => (type.script ? [type.script] : [])),
  "src/previews/previews.ts",
  "src/offline/register-worker.ts",
];
/** The site's stylesheets, and each page type's own. */
export const styleEntries = [
  "src/assets/css/site.css",
  "src/assets/css/print.css",
  ...allPageTypes.flatMap((type) => (type.stylesheet ? [type.stylesheet] : [])),
];

/** Where the bundles go in the output (`/assets/js/`, `/assets/css/`), and the favicon copied beside the pages. */
export const assetsFolder = "assets";
export const faviconFile = "favicon.svg";

type BuildOptions = esbuild.BuildOptions;

/**
 * What browser code reads of each stage. _data/stages.json stays the one definition; the bundles get
 * only these fields, because stage advice, questions and target notes are written into the pages at
 * build time, and every interactive page has a byte budget. A bundle that needs more names them below.
 */
export const browserStageFields = ["id", "name", "targetRate", "moneyRoles"];

/**
 * Entries bundled on their own, with the extra stage fields each reads (a page type's `ownBundle`).
 * Chunks shared with other pages cost a page bytes (each file is compressed apart, with its own import
 * glue), and these pages have the tightest budgets. Every other entry shares one build and its chunks.
 */
export const ownBundles: Record<string, { chunkPrefix: string; extraStageFields: string[] }> = Object.fromEntries(
  allPageTypes.flatMap((type) => (type.script && type.ownBundle ? [[type.script, type.ownBundle]] : [])),
);

/** Serves _data/stages.json to browser code with only the named fields of each stage. */
function stagesForBrowser(fields: readonly string[]): esbuild.Plugin {
  return {
    name: "stages-for-browser",
    setup(build) {
      build.onResolve({ filter: /_data[\\/]stages\.json$/ }, ({ path, resolveDir }) => ({
        path: resolve(resolveDir, path),
        namespace: "browser-stages",
      }));
      build.onLoad({ filter: /.*/, namespace: "browser-stages" }, async ({ path }) => {
        const { readFile } = await import("node:fs/promises");
        const stages = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>[];
        const trimmed = stages.map((stage) => Object.fromEntries(fields.map((key) => [key, stage[key]])));
        return { contents: JSON.stringify(trimmed), loader: "json" };
      });
    },
  };
}

/** esbuild options for the site rooted at `root` (the folder holding src/): one for scripts, one for CSS. */
function bundleOptions(root: string, outputDir: string, production: boolean): BuildOptions[] {
  const common: BuildOptions = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    logLevel: "warning",
    legalComments: "none",
    absWorkingDir: root,
  };
  const scripts = scriptEntries.filter((entry) => existsSync(join(root, entry)));
  const styles = styleEntries.filter((entry) => existsSync(join(root, entry)));
  const scriptBuild = (entryPoints: string[], chunkPrefix: string, extraStageFields: string[] = []): BuildOptions => ({
    ...common,
    entryPoints,
    outdir: join(outputDir, assetsFolder, "js"),
    entryNames: "[name]",
    chunkNames: `chunks/${chunkPrefix}[name]-[hash]`,
    format: "esm" as const,
    splitting: true,
    target: "es2022",
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    plugins: [stagesForBrowser([...browserStageFields, ...extraStageFields])],
  });
  const others = scripts.filter((entry) => !Object.hasOwn(ownBundles, entry));
  const alone = scripts.filter((entry) => Object.hasOwn(ownBundles, entry));
  return [
    ...alone.map((entry) => {
      const { chunkPrefix, extraStageFields } = ownBundles[entry]!;
      return scriptBuild([entry], chunkPrefix, extraStageFields);
    }),
    ...(others.length ? [scriptBuild(others, "")] : []),
    ...(styles.length
      ? [{ ...common, entryPoints: styles, outdir: join(outputDir, assetsFolder, "css"), entryNames: "[name]" }]
      : []),
  ];
}

/** One-off production (or test) bundle. */
export async function bundleAssets(root: string, outputDir: string, production: boolean): Promise<void> {
  await Promise.all(bundleOptions(root, outputDir, production).map((options) => esbuild.build(options)));
}

// Bundling starts before the build and runs alongside template rendering; the build waits for it
// at the end, so a bundling error still fails the build.
let bundling: Promise<unknown> = Promise.resolve();

/** Resolves once the bundles of this build are written (or failed): a build that stops early waits for it,
 * so nothing writes into the output folder after the build has returned. */
export const bundlingSettled = (): Promise<void> =>
  bundling.then(
    () => undefined,
    () => undefined,
  );

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ [`src/assets/${faviconFile}`]: faviconFile });
  eleventyConfig.addPassthroughCopy({ "src/assets/icons": `${assetsFolder}/icons` });
  eleventyConfig.addWatchTarget("./src/**/*.{ts,css}");
  // Under `npm start`, esbuild keeps its contexts and rebuilds incrementally: milliseconds, not a cold build.
  let contexts: Promise<esbuild.BuildContext[]> | undefined;

  eleventyConfig.on("eleventy.before", ({ directories, runMode }) => {
    const root = resolve(directories.input, "..");
    const output = resolve(directories.output);
    if (runMode === "build") {
      bundling = bundleAssets(root, output, true);
    } else {
      contexts ??= Promise.all(bundleOptions(root, output, false).map((options) => esbuild.context(options)));
      bundling = contexts.then((list) => Promise.all(list.map((context) => context.rebuild())));
    }
    bundling.catch(() => undefined); // reported when awaited below, not as an unhandled rejection
  });
  eleventyConfig.on("eleventy.after", () => bundling);
  // A config reset loads a fresh copy of this module (and of esbuild): release this copy's contexts
  // and its esbuild process, or each edit to the build code would leave one behind.
  eleventyConfig.on("eleventy.reset", async () => {
    const list = await contexts;
    await Promise.all((list ?? []).map((context) => context.dispose()));
    await esbuild.stop();
  });
}
