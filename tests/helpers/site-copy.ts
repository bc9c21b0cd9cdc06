// A throwaway copy of the site's sources, to build with broken or extra content.
import { copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./paths.ts";

/**
 * Copies src/, _data/ and _includes/ to a temporary folder. It lives outside the project because
 * Eleventy skips folders that .gitignore lists; package.json makes its .11tydata.js files ES modules,
 * and node_modules links back so esbuild can resolve the browser code's packages.
 * `withConfig` also copies .eleventy.js and pagefind.yml, so a build with the copy's config runs the
 * copy's code (which reads the copy's _data/ through its imports), not the project's.
 */
export function copySiteSources(
  prefix = "atlas-copy-",
  options: { withConfig?: boolean; parent?: string } = {},
): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(options.parent ?? tmpdir(), prefix));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  for (const part of ["src", "_data", "_includes"])
    cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  if (options.withConfig)
    for (const file of [".eleventy.js", "pagefind.yml"]) copyFileSync(join(projectRoot, file), join(dir, file));
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A throwaway copy of the whole project as an editor has it (package.json with its npm scripts,
 * scripts/, the Eleventy config and the sources), so a test can run `npm run …` in it literally.
 */
export function copyProject(prefix = "atlas-project-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of [
    "package.json",
    "tsconfig.json",
    ".eleventy.js",
    "pagefind.yml",
    "scripts",
    "src",
    "_data",
    "_includes",
  ])
    cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
