// The browser editor at /admin/: Sveltia CMS from the pinned npm package, made self-hosted
// (src/admin/editor-bundle.ts), with its settings generated from the stages and the term schema
// (src/admin/editor-config.ts). Nothing here is linked from, or loaded by, any other page.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import * as esbuild from "esbuild";
import stages from "../../_data/stages.json" with { type: "json" };
import site from "../../_data/site.json" with { type: "json" };
import { fontsAskedFor, selfHostedBundle } from "../admin/editor-bundle.ts";
import { editorConfig } from "../admin/editor-config.ts";
import { currentContentModel } from "./content.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** The installed package's folder ("exports" hides its package.json, so go up from its entry). */
const packageFolder = (): string => resolve(dirname(createRequire(import.meta.url).resolve("@sveltia/cms")), "..");

/** The bundle, its fonts and its interface strings, into <output>/admin/. */
function copyEditor(adminOutput: string): void {
  const from = packageFolder();
  const code = selfHostedBundle(readFileSync(join(from, "dist/sveltia-cms.js"), "utf8"));
  writeFileSync(join(adminOutput, "sveltia-cms.js"), code);
  // The package's own copies of the fonts sit in npm/assets/, named <font>-<hash>.woff2.
  const assets = readdirSync(join(from, "npm/assets"));
  mkdirSync(join(adminOutput, "fonts"), { recursive: true });
  for (const font of fontsAskedFor(code)) {
    const stem = font.replace(/\.woff2$/, "");
    const file = assets.find((name) => name.startsWith(`${stem}-`) && name.endsWith(".woff2"));
    if (!file) throw new Error(`@sveltia/cms has no npm/assets/${stem}-….woff2 for the editor's font ${font}`);
    copyFileSync(join(from, "npm/assets", file), join(adminOutput, "fonts", font));
  }
  mkdirSync(join(adminOutput, "locales"), { recursive: true });
  for (const file of readdirSync(join(from, "locales")))
    copyFileSync(join(from, "locales", file), join(adminOutput, "locales", file));
}

/** The settings, as JSON (which is YAML too): the editor reads config.yml beside its page. */
function writeConfig(adminOutput: string): void {
  const series = [site.hubSeries, ...currentContentModel().terms.map((term) => term.series ?? "")];
  const config = editorConfig({
    stages,
    series: [...new Set(series.filter(Boolean))].sort(),
    siteTitle: site.title,
    siteUrl: site.url,
    repository: process.env.EDITOR_REPOSITORY ?? "your-account/journey-atlas",
    branch: process.env.EDITOR_BRANCH ?? "main",
  });
  writeFileSync(join(adminOutput, "config.yml"), `${JSON.stringify(config, null, 2)}\n`);
}

export default function adminPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    const adminOutput = join(resolve(directories.output), "admin");
    mkdirSync(adminOutput, { recursive: true });
    // Under `npm start` the 2 MB bundle is copied once, not on every save.
    if (runMode === "build" || !existsSync(join(adminOutput, "sveltia-cms.js"))) copyEditor(adminOutput);
    writeConfig(adminOutput);
    await esbuild.build({
      entryPoints: [resolve(directories.input, "admin/preview-style.ts")],
      outfile: join(adminOutput, "preview-style.js"),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      logLevel: "warning",
    });
  });
}
