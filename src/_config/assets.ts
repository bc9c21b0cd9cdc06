// esbuild bundles the browser TypeScript and the CSS into the output folder before each build.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Browser entry points: one per page that needs JavaScript. Shared code (Alpine) becomes a chunk. */
export const scriptEntries = ["src/calculator/app.ts", "src/guides/reflection-box.ts", "src/search/search-page.ts"];
export const styleEntries = ["src/assets/css/site.css", "src/assets/css/print.css"];

/** Bundles the site rooted at `root` (the folder holding src/) into `outputDir`. */
export async function bundleAssets(root: string, outputDir: string, production: boolean): Promise<void> {
  const common = { bundle: true, minify: production, sourcemap: !production, logLevel: "warning" as const, legalComments: "none" as const, absWorkingDir: root };
  const scripts = scriptEntries.filter((entry) => existsSync(join(root, entry)));
  await Promise.all([
    scripts.length > 0 &&
      esbuild.build({
        ...common,
        entryPoints: scripts,
        outdir: join(outputDir, "assets/js"),
        entryNames: "[name]",
        chunkNames: "chunks/[name]-[hash]",
        format: "esm",
        splitting: true,
        target: "es2022",
        define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
      }),
    esbuild.build({ ...common, entryPoints: styleEntries.filter((entry) => existsSync(join(root, entry))), outdir: join(outputDir, "assets/css") }),
  ]);
}

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  // Bundling starts before the build and runs alongside template rendering; the build waits for it
  // at the end, so a bundling error still fails the build.
  let bundling: Promise<void> = Promise.resolve();
  eleventyConfig.addPassthroughCopy({ "src/assets/favicon.svg": "favicon.svg" });
  eleventyConfig.addWatchTarget("./src/**/*.{ts,css}");
  eleventyConfig.on("eleventy.before", ({ directories, runMode }) => {
    bundling = bundleAssets(resolve(directories.input, ".."), resolve(directories.output), runMode === "build");
    bundling.catch(() => undefined); // reported when awaited below, not as an unhandled rejection
  });
  eleventyConfig.on("eleventy.after", () => bundling);
}
