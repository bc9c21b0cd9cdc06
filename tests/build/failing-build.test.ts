// A bad term must stop the build before anything is written; an empty glossary must still build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import { copySiteSources } from "../helpers/site-copy.ts";
import { projectRoot } from "../helpers/paths.ts";

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

describe("the build's output for bad content", () => {
  it("prints each content error once and exits with failure", () => {
    const copy = copySiteSources("atlas-build-", { withConfig: true });
    copies.push(copy);
    writeFileSync(
      join(copy.dir, "src/glossary/lead-magnet.md"),
      "---\ntitle: Lead magnet\nsummary: A free thing.\nstage: consideration\nrelated: [sales-funnel, value-lader]\n---\nBody.\n",
    );
    // The eleventy command of `npm run build`, as an editor runs it.
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), "--input=src", "--output=_site"],
      { cwd: copy.dir, encoding: "utf8" },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain('src/glossary/lead-magnet.md: the second related term "value-lader"');
    expect(output.split('"value-lader"').length - 1).toBe(1);
    expect(run.status).toBe(1);
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

/** `npm run check:content` on the copy: its exit code and everything it printed. */
function checkContent(site: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", site], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Files in the output folder, or none when the build never made it. */
const written = (output: string) => (existsSync(output) ? readdirSync(output, { recursive: true }) : []);

describe("a term file whose front matter is JavaScript", () => {
  // Code that writes a marker file if anything evaluates it: gray-matter's eval of `---js` front matter
  // and Eleventy's own JavaScript front matter both would.
  const drill = (marker: string, language: string) =>
    `---${language}\nprocess.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\n` +
    `const title = "Lead magnet";\n---\nBody.\n`;

  it.each(["js", "javascript"])("---%s is refused by the build, naming the file, and never run", async (language) => {
    const site = copyOfSite();
    const marker = join(site, "front-matter-ran.txt");
    writeFileSync(join(site, "src/glossary/lead-magnet.md"), drill(marker, language));
    const output = join(site, "_site");
    await expect(buildSite(output, { input: join(site, "src") })).rejects.toThrow(
      `src/glossary/lead-magnet.md: the front matter opens with "---${language}": only YAML front matter is read`,
    );
    expect(existsSync(marker)).toBe(false);
    expect(written(output)).toEqual([]);
  });

  it("is refused by check:content, naming the file, and never run", () => {
    const site = copyOfSite();
    const marker = join(site, "front-matter-ran.txt");
    writeFileSync(join(site, "src/glossary/lead-magnet.md"), drill(marker, "js"));
    const { status, output } = checkContent(site);
    expect(output).toContain('src/glossary/lead-magnet.md\n  error    the front matter opens with "---js"');
    expect(status).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });

  it("refuses JSON and unknown front-matter languages in a site template too", async () => {
    const site = copyOfSite();
    const page = join(site, "src/robots.njk");
    writeFileSync(page, `---json\n{ "permalink": "/robots.txt" }\n---\n${readFileSync(page, "utf8")}`);
    await expect(buildSite(join(site, "_site"), { input: join(site, "src") })).rejects.toThrow(
      'src/robots.njk: the front matter opens with "---json"',
    );
  });
});

describe("a template the content model does not check", () => {
  it("a .njk among the terms fails the build with its name, before it is rendered", async () => {
    const site = copyOfSite();
    writeFileSync(join(site, "src/glossary/promo.njk"), "---\npermalink: /glossary/promo/\n---\n<p>{{ 6 * 7 }}</p>\n");
    const output = join(site, "_site");
    await expect(buildSite(output, { input: join(site, "src") })).rejects.toThrow(
      "src/glossary/promo.njk: Eleventy would publish this file, but it is neither a term or guide",
    );
    expect(written(output)).toEqual([]);
  });

  it("a page whose permalink is under /assets/ fails the build instead of overwriting a script", async () => {
    const site = copyOfSite();
    const page = join(site, "src/robots.njk");
    const text = readFileSync(page, "utf8").replace(/^permalink: .*$/m, "permalink: /assets/js/previews.js");
    expect(text).toContain("permalink: /assets/js/previews.js");
    writeFileSync(page, text);
    await expect(buildSite(join(site, "_site"), { input: join(site, "src") })).rejects.toThrow(
      "src/robots.njk: the permalink /assets/js/previews.js is under /assets/, which the build writes itself",
    );
  });

  it.each(["/pagefind/pagefind.js", "/favicon.svg", "/glossary/../assets/css/site.css"])(
    "refuses the generated address %s",
    async (permalink) => {
      const site = copyOfSite();
      const page = join(site, "src/robots.njk");
      writeFileSync(page, readFileSync(page, "utf8").replace(/^permalink: .*$/m, `permalink: ${permalink}`));
      await expect(buildSite(join(site, "_site"), { input: join(site, "src") })).rejects.toThrow(
        /src\/robots\.njk: the permalink \S+ is under \/(assets|pagefind|favicon)/,
      );
    },
  );
});
