// README.md, CONTRIBUTING.md and the pages in docs/ are read on a clean clone: everything they cite must be
// in the repository. So must everything the code and the tests cite.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

const docs = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(projectRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];
/** Documents that live beside the project (the team's briefs and source material), never in it. */
const outsideDocuments = ["DESIGN.md", "CONTENT.md", "STYLE.md", "seeds/"];
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
    const outside = [...outsideDocuments, "seed-overlap.mjs", "repetition.mjs"].filter(
      (name) => markdown.includes(name) && !existsSync(join(projectRoot, name)),
    );
    expect(outside).toEqual([]);
  });
});

describe("the code, the scripts and the tests", () => {
  const folders = ["src", "scripts", "tests"];
  const skipped = /(^|\/)(node_modules|\.tmp)(\/|$)/;
  const files = folders.flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, encoding: "utf8" })
      .map((name) => `${folder}/${name.split("\\").join("/")}`)
      .filter((path) => !skipped.test(path) && /\.(ts|js|mjs|njk|md|css|json|py|sh)$/.test(path)),
  );
  // This file names them to look for them.
  const self = "tests/unit/docs-self-contained.test.ts";

  it("are all looked at", () => {
    expect(files).toContain("src/funnel/funnel.ts");
    expect(files).toContain("tests/unit/funnel.test.ts");
  });

  it("cite no document outside the repository: the method lives in docs/", () => {
    const citing = files
      .filter((path) => path !== self)
      .flatMap((path) => {
        const content = readFileSync(join(projectRoot, path), "utf8");
        return outsideDocuments.filter((name) => content.includes(name)).map((name) => `${path}: ${name}`);
      });
    expect(citing).toEqual([]);
  });
});
