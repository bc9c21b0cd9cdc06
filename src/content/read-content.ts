// Reads terms and guides from disk into SourceFiles. The only part of the content model that touches files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { lastCommitDates } from "./git-dates.ts";
import { nonYamlEngines, refusedFrontMatterLanguage, refusedLanguageMessage } from "./front-matter.ts";
import type { SourceFile } from "./content-model.ts";

export const contentFolders = { term: "src/glossary", guide: "src/guides" } as const;

function markdownFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return []; // An empty or missing folder is an empty glossary, not an error.
  }
}

export interface ReadProblem {
  file: string;
  message: string;
}

/** One Markdown file's front matter and body, or a problem when its YAML does not parse or it is not YAML. */
export function parseSourceFile(
  path: string,
  kind: SourceFile["kind"],
  text: string,
  lastModified: Date,
): SourceFile | ReadProblem {
  const refused = refusedFrontMatterLanguage(text);
  if (refused !== undefined) return { file: path, message: refusedLanguageMessage(refused) };
  try {
    // CORE_SCHEMA keeps dates as text: the default schema silently turns 2026-13-45 into a 2027 date.
    // (Passing options also turns off gray-matter's cache, so edits are always seen.)
    const { data, content } = matter(text, {
      engines: {
        ...nonYamlEngines,
        yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
      },
    });
    // The body is the end of the file, so the lines before it are the front matter and its markers.
    const bodyLine = text.slice(0, text.length - content.length).split("\n").length;
    return { path, kind, data, body: content, bodyLine, lastModified };
  } catch (cause) {
    // A YAML syntax error (or, should a language slip past the check above, its refusal): say where.
    return { file: path, message: `front matter is not valid YAML: ${(cause as Error).message.split("\n")[0]}` };
  }
}

export function readContent(root: string): { files: SourceFile[]; problems: ReadProblem[] } {
  const dates = lastCommitDates(root, Object.values(contentFolders));
  const files: SourceFile[] = [];
  const problems: ReadProblem[] = [];
  for (const kind of ["term", "guide"] as const) {
    for (const absolute of markdownFiles(join(root, contentFolders[kind]))) {
      const path = relative(root, absolute).split("\\").join("/");
      const parsed = parseSourceFile(
        path,
        kind,
        readFileSync(absolute, "utf8"),
        dates.get(path) ?? statSync(absolute).mtime,
      );
      if ("message" in parsed) problems.push(parsed);
      else files.push(parsed);
    }
  }
  return { files, problems };
}
