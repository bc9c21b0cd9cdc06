// The build reads only files we check, only as YAML, and no page takes an address the build writes itself.
import { relative, resolve } from "node:path";
import { nonYamlEngines } from "../content/front-matter.ts";
import { formatProblem } from "../content/content-model.ts";
import { generatedPathProblem, siteFileProblems } from "../content/site-files.ts";
import { assetsFolder, bundlingSettled, faviconFile } from "./assets.ts";
import { searchIndexFolder } from "./search.ts";
import { siteTemplates } from "./site-templates.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Addresses the build writes outside the templates: esbuild's bundles, the favicon, Pagefind's index. */
export const generatedPaths = [`/${assetsFolder}/`, `/${faviconFile}`, `/${searchIndexFolder}/`];

export class SiteFileError extends Error {
  constructor(messages: string[]) {
    super(
      `The site's files have ${messages.length === 1 ? "a problem" : "problems"} to fix:\n  ${messages.join("\n  ")}`,
    );
    this.name = "SiteFileError";
  }
  /** The message names every file: Eleventy need not print a stack that repeats it (see ContentError). */
  readonly skipOriginalStack = true;
}

export default function siteFilesPlugin(eleventyConfig: EleventyConfig): void {
  // Eleventy parses front matter itself: its JavaScript and JSON engines must never run either.
  eleventyConfig.setFrontMatterParsingOptions({ engines: nonYamlEngines });

  let root = process.cwd();
  // Before Eleventy reads any template (it parses front matter as it reads), so nothing is evaluated.
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    const input = resolve(directories.input);
    root = resolve(input, "..");
    const problems = siteFileProblems(
      root,
      { input: relative(root, input), includes: relative(root, resolve(directories.includes)) },
      siteTemplates,
    );
    if (problems.length > 0)
      throw new SiteFileError(problems.map((problem) => formatProblem({ ...problem, severity: "error" })));
  });

  // Once every permalink is known and before anything is written.
  eleventyConfig.on("eleventy.contentMap", async ({ urlToInputPath }) => {
    const messages = Object.entries(urlToInputPath).flatMap(([url, { inputPath }]) => {
      const problem = generatedPathProblem(url, generatedPaths);
      return problem ? [`${relative(root, resolve(inputPath)).split("\\").join("/")}: ${problem}`] : [];
    });
    if (messages.length === 0) return;
    await bundlingSettled(); // esbuild is already writing: let it finish before the build returns
    throw new SiteFileError(messages);
  });
}
