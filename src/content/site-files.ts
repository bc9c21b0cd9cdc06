// Which files Eleventy would publish, and whether each is one the project checks. A template the content
// model does not read (a `.njk` dropped into src/glossary/, a stray `.md` at src/) would publish raw HTML
// or run template code unchecked, so it must be on the explicit list of site templates or fail the build.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { contentFolders } from "./read-content.ts";
import { refusedFrontMatterLanguage, refusedLanguageMessage } from "./front-matter.ts";
import type { ReadProblem } from "./read-content.ts";

/** The template formats .eleventy.js gives Eleventy (`templateFormats`), as file endings. */
export const templateExtensions = [".md", ".njk"];

/** Template files under `folder`, as paths relative to `root` with forward slashes, sorted. */
export function templateFilesIn(root: string, folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, folder), { recursive: true, encoding: "utf8" });
  } catch {
    return []; // a missing folder holds no templates
  }
  return names
    .map((name) => name.split("\\").join("/"))
    .filter((name) => !name.split("/").some((part) => part === "node_modules"))
    .filter((name) => templateExtensions.some((extension) => name.endsWith(extension)))
    .map((name) =>
      relative(root, join(root, folder, name))
        .split("\\")
        .join("/"),
    )
    .sort();
}

/** True for a Markdown file in a folder the content model reads (terms and guides). */
export function isContentFile(path: string): boolean {
  return Object.values(contentFolders).some((folder) => path.startsWith(`${folder}/`) && path.endsWith(".md"));
}

/**
 * Problems with the template files of the site rooted at `root`: any front matter that is not YAML (in
 * src/ and in the layouts), and any file under src/ that is neither content nor a listed site template.
 */
export function siteFileProblems(
  root: string,
  folders: { input: string; includes: string },
  siteTemplates: readonly string[],
): ReadProblem[] {
  const published = templateFilesIn(root, folders.input);
  const problems: ReadProblem[] = [];
  for (const file of [...published, ...templateFilesIn(root, folders.includes)]) {
    const refused = refusedFrontMatterLanguage(readFileSync(join(root, file), "utf8"));
    if (refused !== undefined) problems.push({ file, message: refusedLanguageMessage(refused) });
  }
  const listed = new Set(siteTemplates);
  for (const file of published)
    if (!isContentFile(file) && !listed.has(file))
      problems.push({
        file,
        message:
          `Eleventy would publish this file, but it is neither a term or guide (Markdown in ` +
          `${Object.values(contentFolders).join("/ or ")}/) nor one of the site's templates ` +
          `(siteTemplates in src/_config/site-templates.ts): remove it, or add it to that list`,
      });
  return problems;
}

/** Why a page's address is refused: it would overwrite or sit among files the build generates. */
export function generatedPathProblem(url: string, generatedPaths: readonly string[]): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url);
  } catch {
    path = url;
  }
  // Resolve "/x/../assets/" and "//assets" the way a file path would be resolved.
  const normalised = `/${path
    .split(/[\\/]+/)
    .reduce<string[]>((parts, part) => {
      if (part === "..") parts.pop();
      else if (part !== "" && part !== ".") parts.push(part);
      return parts;
    }, [])
    .join("/")}`.toLowerCase();
  const taken = generatedPaths.find((generated) =>
    generated.endsWith("/") ? `${normalised}/`.startsWith(generated) : normalised === generated,
  );
  return taken
    ? `the permalink ${url} is under ${taken}, which the build writes itself: choose another address`
    : undefined;
}
