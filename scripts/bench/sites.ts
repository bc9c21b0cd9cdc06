// The two sites the benchmark builds: ours with N generated terms, and a bare Eleventy baseline.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticSlug, syntheticTerm } from "./generate-terms.ts";

const project = process.cwd();

/**
 * Where the two sites are built. A RAM-backed folder when the machine has one: on this machine's disk
 * (ext4 mounted with `discard`) the kernel's time to create and delete 5,000 folders swings between
 * 1 and 9 seconds from run to run, which would drown the difference between the two builds.
 */
export const benchFolder = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

/** Our site: a copy of src/, _data/, _includes/ and pagefind.yml with N generated terms added. */
export function prepareOurs(n: number): string {
  const dir = mkdtempSync(join(benchFolder, `atlas-bench-ours-${n}-`));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  for (const part of ["src", "_data", "_includes"]) cpSync(join(project, part), join(dir, part), { recursive: true });
  copyFileSync(join(project, "pagefind.yml"), join(dir, "pagefind.yml")); // for the build's `pagefind` step
  symlinkSync(join(project, "node_modules"), join(dir, "node_modules"), "dir"); // for esbuild's imports
  // Beside the real terms, where an editor puts them, and where the baseline has its copies.
  for (let i = 1; i <= n; i += 1)
    writeFileSync(join(dir, "src/glossary", `${syntheticSlug(i)}.md`), syntheticTerm(i, n));
  return dir;
}

/** The baseline: the same N Markdown files, a one-line layout, no plugins, no data, no search index. */
export function prepareBaseline(n: number): string {
  const dir = mkdtempSync(join(benchFolder, `atlas-bench-bare-${n}-`));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  mkdirSync(join(dir, "src/_includes"), { recursive: true });
  mkdirSync(join(dir, "src/glossary"), { recursive: true });
  writeFileSync(
    join(dir, "src/_includes/base.njk"),
    '<!doctype html><html lang="en"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n',
  );
  writeFileSync(join(dir, "src/glossary/glossary.json"), '{ "layout": "base.njk" }\n');
  writeFileSync(join(dir, "eleventy.config.js"), "export const config = { markdownTemplateEngine: false };\n");
  for (let i = 1; i <= n; i += 1)
    writeFileSync(join(dir, "src/glossary", `${syntheticSlug(i)}.md`), syntheticTerm(i, n));
  return dir;
}
