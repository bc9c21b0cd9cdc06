// The list of site templates matches the files, and the check reads the same formats Eleventy does.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { siteFileProblems, templateExtensions } from "../../src/content/site-files.ts";
import { siteTemplates } from "../../src/_config/site-templates.ts";
import { projectRoot } from "../helpers/paths.ts";

describe("the site's template files", () => {
  it("are checked in every format Eleventy publishes", async () => {
    // .eleventy.js is plain JavaScript without types; it is read here by address.
    const { config } = (await import(pathToFileURL(join(projectRoot, ".eleventy.js")).href)) as {
      config: { templateFormats: string[] };
    };
    expect(templateExtensions.map((extension) => extension.slice(1)).sort()).toEqual(
      [...config.templateFormats].sort(),
    );
  });

  it("are all terms, guides or listed site templates, with YAML front matter", () => {
    expect(siteFileProblems(projectRoot, { input: "src", includes: "_includes" }, siteTemplates)).toEqual([]);
  });

  it("list no template that does not exist", () => {
    expect(siteTemplates.filter((file) => !existsSync(join(projectRoot, file)))).toEqual([]);
  });
});
