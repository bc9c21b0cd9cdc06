import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSourceFile } from "../../src/content/read-content.ts";
import type { SourceFile } from "../../src/content/content-model.ts";
import { fixturesDir } from "./paths.ts";

const fixedDate = new Date("2026-01-01T00:00:00Z");

/** Reads fixture Markdown as glossary terms, with paths like "src/glossary/x.md" so messages read as in a real build. */
export function fixtureTerms(folder: string, only?: string[]): SourceFile[] {
  const dir = join(fixturesDir, "terms", folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && (!only || only.includes(name)))
    .sort()
    .map((name) => {
      const parsed = parseSourceFile(`src/glossary/${name}`, "term", readFileSync(join(dir, name), "utf8"), fixedDate);
      if ("message" in parsed) throw new Error(parsed.message);
      return parsed;
    });
}
