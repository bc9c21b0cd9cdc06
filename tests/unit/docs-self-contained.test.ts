// README.md, CONTRIBUTING.md and docs/architecture.md are read on a clean clone: everything they cite must be
// in the repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

const docs = ["README.md", "CONTRIBUTING.md", "docs/architecture.md"];
const text = (doc: string) => readFileSync(join(projectRoot, doc), "utf8");

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
const anchors = (markdown: string) =>
  new Set(
    Array.from(markdown.matchAll(/^#{1,6}\s+(.+)$/gm), (m) =>
      (m[1] ?? "")
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, "")
        .replace(/ /g, "-"),
    ),
  );

describe.each(docs)("%s", (doc) => {
  it("links only to files in the repository and to headings that exist", () => {
    const markdown = text(doc);
    const broken: string[] = [];
    for (const [, target = ""] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:)/.test(target) || target.startsWith("/")) continue; // web addresses and the site's own pages
      const [path = "", anchor] = target.split("#");
      const file = path ? normalize(join(dirname(join(projectRoot, doc)), path)) : join(projectRoot, doc);
      if (!file.startsWith(projectRoot) || !existsSync(file)) broken.push(target);
      else if (anchor && file.endsWith(".md") && !anchors(readFileSync(file, "utf8")).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it("names no file or folder outside the repository", () => {
    const markdown = text(doc);
    expect(markdown.match(/\.\.\/[\w.-]+/g) ?? []).toEqual([]);
    // Design documents and tools that live beside the project, not in it.
    const outside = ["DESIGN.md", "CONTENT.md", "STYLE.md", "seed-overlap.mjs", "repetition.mjs", "seeds/"].filter(
      (name) => markdown.includes(name) && !existsSync(join(projectRoot, name)),
    );
    expect(outside).toEqual([]);
  });
});
