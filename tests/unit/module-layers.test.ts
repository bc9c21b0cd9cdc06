// The code's layers: a page folder (calculator, compare, map, search…) imports shared folders (the funnel
// core, statistics, the content model, browser helpers) and never another page's folder; shared folders
// import no page at all. Any folder not named shared is a page, so a new page is covered without a change.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

const srcRoot = join(projectRoot, "src");
/** Folders every page may import. `_config` is the build, which may read pages' build-time code. */
const sharedFolders = new Set(["funnel", "stats", "content", "assets", "types"]);
const buildFolder = "_config";

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

/** Every relative module a file imports, statically or with import(), as a path under src/. */
export function importedPaths(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
  ].map((match) => match[1] ?? "");
  return specifiers.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s));
}

/** The folder directly under src/ that holds a path, or null for files outside src/. */
const topFolder = (path: string): string | null => {
  const inside = relative(srcRoot, path);
  return inside.startsWith("..") || !inside.includes(sep) ? null : (inside.split(sep)[0] ?? null);
};

export function layerProblems(files: readonly { path: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const { path, text } of files) {
    const from = topFolder(path);
    if (from === null || from === buildFolder) continue;
    for (const target of importedPaths(path, text)) {
      const to = topFolder(target);
      if (to === null || to === from || sharedFolders.has(to) || to === buildFolder) continue;
      const who = sharedFolders.has(from) ? `shared folder src/${from}` : `page folder src/${from}`;
      problems.push(`${relative(projectRoot, path)}: ${who} imports src/${to} (${relative(projectRoot, target)})`);
    }
  }
  return problems;
}

describe("module layers", () => {
  it("no page folder imports another page folder, and no shared folder imports a page", () => {
    const files = sourceFiles(srcRoot).map((path) => ({ path, text: readFileSync(path, "utf8") }));
    expect(files.length).toBeGreaterThan(50);
    expect(layerProblems(files)).toEqual([]);
  });

  it("catches a page importing another page, statically or lazily, and a shared folder importing a page", () => {
    const at = (path: string) => join(srcRoot, path);
    expect(
      layerProblems([
        { path: at("map/map-app.ts"), text: 'import { analyzeFunnel } from "../calculator/funnel.ts";' },
        { path: at("calculator/app.ts"), text: 'void import("../compare/period-store.ts");' },
        { path: at("funnel/funnel.ts"), text: 'import type { X } from "../map/map-model.ts";' },
        { path: at("compare/compare-app.ts"), text: 'import { csvText } from "../funnel/csv-cell.ts";' },
        { path: at("map/map-view.ts"), text: 'import { gapOf } from "./map-gap.ts";' },
      ]),
    ).toEqual([
      "src/map/map-app.ts: page folder src/map imports src/calculator (src/calculator/funnel.ts)",
      "src/calculator/app.ts: page folder src/calculator imports src/compare (src/compare/period-store.ts)",
      "src/funnel/funnel.ts: shared folder src/funnel imports src/map (src/map/map-model.ts)",
    ]);
  });
});
