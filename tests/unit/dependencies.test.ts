// Honest dependencies: every package the code imports is declared, what `npm run build` loads is in
// "dependencies" (so `npm ci --omit=dev && npm run build` works), and nothing declared goes unused.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const runtime = new Set(Object.keys(pkg.dependencies));
const dev = new Set(Object.keys(pkg.devDependencies));

const codeFile = /\.(ts|js|mjs|cjs)$/;
function filesUnder(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => codeFile.test(name) && !name.includes("node_modules"))
    .map((name) => join(folder, name));
}
const rootFiles = [".eleventy.js", "eslint.config.js", "vitest.config.ts"];
const allFiles = [...rootFiles, ...filesUnder("src"), ...filesUnder("scripts"), ...filesUnder("tests")];

/** Package names a file loads: static and dynamic imports, and require.resolve of a package file. */
function packagesIn(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s*["']([^"']+)["']/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*[,)]/g),
    ...text.matchAll(/\btsImport\(\s*["']([^"']+)["']/g),
    ...text.matchAll(/\.resolve\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("/") && !s.startsWith("node:") && !builtinModules.includes(s))
    .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!));
}

/** What `npm run build` loads: the config, the build-time plugins and everything the browser bundles. */
const isBuildCode = (file: string) => file === ".eleventy.js" || (file.startsWith("src/") && !file.endsWith(".d.ts"));

const imports = allFiles.flatMap((file) => packagesIn(file).map((name) => ({ file, name })));

describe("package.json", () => {
  it("declares every package the code imports", () => {
    const undeclared = imports.filter(({ name }) => !runtime.has(name) && !dev.has(name));
    expect(undeclared).toEqual([]);
  });

  it("puts every package the build loads in dependencies, not devDependencies", () => {
    const misplaced = imports.filter(({ file, name }) => isBuildCode(file) && !runtime.has(name));
    expect(misplaced).toEqual([]);
  });

  it("keeps type packages and test tools out of dependencies", () => {
    const build = new Set(imports.filter(({ file }) => isBuildCode(file)).map(({ name }) => name));
    // Eleventy and Pagefind are the build's two commands; patch-package runs on install (postinstall)
    // to patch the Alpine build the site bundles.
    const commands: Record<string, string> = {
      "@11ty/eleventy": pkg.scripts.build!,
      pagefind: pkg.scripts.build!,
      "patch-package": pkg.scripts.postinstall!,
    };
    const neededByBuild = (name: string) => build.has(name) || commands[name] !== undefined;
    expect([...runtime].filter((name) => !neededByBuild(name))).toEqual([]);
  });

  it("declares nothing unused", () => {
    const imported = new Set(imports.map(({ name }) => name));
    const scripts = Object.values(pkg.scripts).join(" ");
    // Command-line tools run by the npm scripts, by package name and binary name.
    const binaries: Record<string, string> = { typescript: "tsc", "@11ty/eleventy": "eleventy" };
    const used = (name: string) =>
      imported.has(name) ||
      new RegExp(`(^|[\\s&|])${binaries[name] ?? name}\\b`).test(scripts) ||
      (name.startsWith("@types/") && (imported.has(name.slice(7)) || name === "@types/node"));
    const unused = [...runtime, ...dev].filter((name) => !used(name));
    expect(unused, `declared in package.json but never used (${relative(projectRoot, "package.json")})`).toEqual([]);
  });
});

describe("package-lock.json", () => {
  it("holds an integrity hash for every package it installs, optional platform binaries included", () => {
    const lock = JSON.parse(readFileSync(join(projectRoot, "package-lock.json"), "utf8")) as {
      packages: Record<string, { link?: boolean; integrity?: string }>;
    };
    // "" is the project itself; a link points at a folder of the project, not at a download.
    const unchecked = Object.entries(lock.packages)
      .filter(
        ([path, entry]) => path !== "" && !entry.link && !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? ""),
      )
      .map(([path]) => path);
    expect(unchecked).toEqual([]);
  });
});
