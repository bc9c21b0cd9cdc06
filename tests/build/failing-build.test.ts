// A bad term must stop the build before anything is written; an empty glossary must still build.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const copies: { dir: string; remove: () => void }[] = [];

function copyOfSite(): string {
  const copy = copySiteSources("atlas-build-");
  copies.push(copy);
  return copy.dir;
}

afterEach(() => {
  for (const copy of copies.splice(0)) copy.remove();
});

describe("building with bad content", () => {
  it("fails with the file, field and expectation, and writes nothing", async () => {
    const site = copyOfSite();
    writeFileSync(
      join(site, "src/glossary/lead-magnet.md"),
      "---\ntitle: Lead magnet\nsummary: A free thing.\nstage: consideration\nrelated: [sales-funnel, value-lader]\n---\nBody.\n",
    );
    const output = join(site, "_site");
    await expect(buildSite(output, { input: join(site, "src") })).rejects.toThrow(
      'src/glossary/lead-magnet.md: the second related term "value-lader" is not a glossary term (did you mean "value-ladder"?)',
    );
    expect(existsSync(output) ? readdirSync(output, { recursive: true }) : []).toEqual([]);
  });
});

describe("building with raw HTML in a term", () => {
  it("fails naming the file, the line and what to do, and writes nothing", async () => {
    const site = copyOfSite();
    const term = readFileSync(join(site, "src/glossary/lead-magnet.md"), "utf8");
    const [frontMatter = "", body = ""] = term.split(/(?<=^---\n[\s\S]*?\n---\n)/);
    const line = frontMatter.split("\n").length;
    writeFileSync(
      join(site, "src/glossary/lead-magnet.md"),
      `${frontMatter}<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">\n\n${body}`,
    );
    const output = join(site, "_site");
    await expect(buildSite(output, { input: join(site, "src") })).rejects.toThrow(
      `src/glossary/lead-magnet.md: the body has HTML on line ${line} (<meta http-equiv="refresh"`,
    );
    expect(existsSync(output) ? readdirSync(output, { recursive: true }) : []).toEqual([]);
  });
});

describe("building with an empty glossary", () => {
  it("still builds the index with an empty state", async () => {
    const site = copyOfSite();
    rmSync(join(site, "src/guides"), { recursive: true, force: true });
    for (const name of readdirSync(join(site, "src/glossary")))
      if (name.endsWith(".md")) rmSync(join(site, "src/glossary", name));
    const output = join(site, "_site");
    await buildSite(output, { input: join(site, "src") });
    expect(existsSync(join(output, "glossary/index.html"))).toBe(true);
    expect(existsSync(join(output, "feed.xml"))).toBe(true);
    // The search step must not fail for want of pages: search still loads, finding the home page.
    expect(existsSync(join(output, "pagefind/pagefind.js"))).toBe(true);
  });
});
