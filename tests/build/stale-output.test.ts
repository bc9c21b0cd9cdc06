// npm run build ships exactly what the current content produces: a draft previewed earlier into the
// same folder, a deleted term and a renamed term leave no page, no search entry, no sitemap or feed line.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";
import { outputFolderProblem } from "../../src/content/output-folder.ts";

const term = (title: string, uniqueWord: string, related: string[], draft = false) => `---
title: ${title}
summary: A term written for this test only, so that its page can be looked for after it is gone.
stage: decision
related: [${related.join(", ")}]
${draft ? "draft: true\n" : ""}---
## What is it?

${uniqueWord} is a word that appears on this page and nowhere else in the glossary.
`;

let site: string;
let remove: () => void;
let output: string;
const gone = ["/glossary/stale-draft/", "/glossary/stale-deleted/", "/glossary/stale-renamed/"];
const goneWords = ["Zorblatdraft", "Zorblatdeleted", "Zorblatrenamed"];

/** Pagefind's fragments are gzipped JSON; read them all as text. */
function searchIndexText(): string {
  const dir = join(output, "pagefind/fragment");
  return readdirSync(dir)
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString("utf8"))
    .join("\n");
}

beforeAll(async () => {
  ({ dir: site, remove } = copySiteSources("atlas-stale-"));
  output = join(site, "_site");
  const glossary = join(site, "src/glossary");
  // Published terms must be linked from another, so the three published ones list each other.
  writeFileSync(
    join(glossary, "stale-draft.md"),
    term("Stale draft", "Zorblatdraft", ["order-bump", "value-ladder"], true),
  );
  writeFileSync(
    join(glossary, "stale-anchor.md"),
    term("Stale anchor", "Zorblatanchor", ["stale-deleted", "stale-renamed"]),
  );
  writeFileSync(
    join(glossary, "stale-deleted.md"),
    term("Stale deleted", "Zorblatdeleted", ["stale-anchor", "order-bump"]),
  );
  writeFileSync(
    join(glossary, "stale-renamed.md"),
    term("Stale renamed", "Zorblatrenamed", ["stale-anchor", "order-bump"]),
  );
  // An editor previews with `npm start` into the folder that `npm run build` later writes to…
  await buildSite(output, { input: join(site, "src"), mode: "serve" });
  // …then deletes one term, renames another (its new page says something new) and builds.
  rmSync(join(glossary, "stale-deleted.md"));
  renameSync(join(glossary, "stale-renamed.md"), join(glossary, "stale-new-name.md"));
  writeFileSync(
    join(glossary, "stale-new-name.md"),
    term("Stale new name", "Zorblatnewname", ["stale-anchor", "order-bump"]),
  );
  writeFileSync(
    join(glossary, "stale-anchor.md"),
    term("Stale anchor", "Zorblatanchor", ["stale-new-name", "order-bump"]),
  );
  await buildSite(output, { input: join(site, "src") });
});
afterAll(() => remove());

describe("a production build over an earlier preview", () => {
  it("has the renamed term under its new address, in pages and search (so the index below is readable)", () => {
    expect(existsSync(join(output, "glossary/stale-new-name/index.html"))).toBe(true);
    expect(searchIndexText()).toContain("Zorblatnewname");
  });

  it("leaves no page for the draft, the deleted term or the renamed term's old address", () => {
    for (const url of gone) expect(existsSync(join(output, url, "index.html")), url).toBe(false);
  });

  it("leaves them out of the search index, the sitemap and the feed", () => {
    const index = searchIndexText();
    const sitemap = readFileSync(join(output, "sitemap.xml"), "utf8");
    const feed = readFileSync(join(output, "feed.xml"), "utf8");
    expect(sitemap).toContain("/glossary/stale-new-name/");
    expect(feed).toContain("/glossary/stale-new-name/");
    for (const url of gone) {
      expect(index.includes(url), `search index has ${url}`).toBe(false);
      expect(sitemap, url).not.toContain(url);
      expect(feed, url).not.toContain(url);
    }
    for (const word of goneWords) expect(index.includes(word), `search index has ${word}`).toBe(false);
  });
});

describe("the folder a build may empty", () => {
  const project = "/work/project";
  const keep = [`${project}/src`, `${project}/_includes`, `${project}/_data`, project];

  it("is a folder of its own, such as _site or a test's temporary folder", () => {
    expect(outputFolderProblem(`${project}/_site`, keep)).toBeUndefined();
    expect(outputFolderProblem(`${project}/tests/.tmp/site`, keep)).toBeUndefined();
  });

  it("is never the project, a folder above it, the sources or the disk's root", () => {
    expect(outputFolderProblem(project, keep)).toMatch(/contains \/work\/project/);
    expect(outputFolderProblem("/work", keep)).toMatch(/contains/);
    expect(outputFolderProblem(`${project}/src`, keep)).toMatch(/contains \/work\/project\/src/);
    expect(outputFolderProblem("/", keep)).toBe("the output folder is the root of the disk");
  });
});
