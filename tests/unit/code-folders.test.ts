// Under `npm start` every folder of code the build imports is watched, and re-runs the config when it changes.
import { readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import addPlugins from "../../src/_config/plugins.ts";
import type { EleventyConfig } from "../../src/_config/eleventy-types.ts";
import { projectRoot } from "../helpers/paths.ts";

/** A second, independent reading of the import graph: every relative import, static or dynamic, followed. */
function foldersImportedBy(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return new Set([...seen].map((file) => posix.dirname(file)));
  seen.add(entry);
  if (entry.endsWith(".ts")) {
    const source = readFileSync(join(projectRoot, entry), "utf8");
    for (const [, specifier = ""] of source.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = relative(projectRoot, join(projectRoot, dirname(entry), specifier))
        .split("\\")
        .join("/");
      foldersImportedBy(target, seen);
    }
  }
  return new Set([...seen].map((file) => posix.dirname(file)));
}

/** The watch targets plugins.ts registers, on an Eleventy config that records them and ignores the rest. */
function watchTargets(): { target: string; resetConfig: boolean }[] {
  const targets: { target: string; resetConfig: boolean }[] = [];
  const config = new Proxy(
    {},
    {
      get: (_, name) =>
        name === "addWatchTarget"
          ? (target: string, options?: { resetConfig?: boolean }) =>
              targets.push({ target, resetConfig: options?.resetConfig === true })
          : name === "addPlugin"
            ? (plugin: (config: EleventyConfig) => void) => plugin(config as EleventyConfig)
            : () => undefined,
    },
  );
  addPlugins(config as EleventyConfig);
  return targets;
}

const runMode = process.env.ELEVENTY_RUN_MODE;
afterEach(() => {
  if (runMode === undefined) delete process.env.ELEVENTY_RUN_MODE;
  else process.env.ELEVENTY_RUN_MODE = runMode;
});

describe("npm start's watched folders", () => {
  it("include every folder whose code or data the config imports, and re-run the config", () => {
    process.env.ELEVENTY_RUN_MODE = "serve";
    const reloading = new Set(
      watchTargets()
        .filter((watch) => watch.resetConfig)
        .map((watch) => watch.target.replace(/^\.\//, "").replace(/\/$/, "")),
    );
    const imported = [...foldersImportedBy("src/_config/plugins.ts")].sort();
    expect(imported).toEqual(
      expect.arrayContaining(["src/_config", "src/content", "src/search", "src/stats", "_data"]),
    );
    expect(imported.filter((folder) => !reloading.has(folder))).toEqual([]);
  });
});
