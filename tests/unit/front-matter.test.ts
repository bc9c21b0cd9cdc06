// Front matter is YAML only: no other language is parsed, and nothing in a file is ever run.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { frontMatterLanguage, nonYamlEngines, refusedFrontMatterLanguage } from "../../src/content/front-matter.ts";
import { parseSourceFile } from "../../src/content/read-content.ts";
import { generatedPathProblem } from "../../src/content/site-files.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Front matter in `language` that writes a marker file if anything evaluates it. */
function drill(language: string): { text: string; marker: string } {
  const folder = mkdtempSync(join(tmpdir(), "atlas-front-matter-"));
  folders.push(folder);
  const marker = join(folder, "ran.txt");
  const code = `process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
  return { text: `---${language}\n${code};\nconst title = "Lead magnet";\n---\nBody.\n`, marker };
}

describe("the front-matter language", () => {
  it.each([
    ["---\ntitle: A\n---\n", ""],
    ["---yaml\ntitle: A\n---\n", "yaml"],
    ["---js\n{}\n---\n", "js"],
    ["\uFEFF--- javascript \r\n{}\n---\n", "javascript"],
    ["----\nA rule, not front matter\n", undefined],
    ["No front matter\n", undefined],
  ])("of %j is %j", (text, language) => {
    expect(frontMatterLanguage(text)).toBe(language);
  });

  it.each(["js", "javascript", "JS", "json", "toml", "constructor", "__proto__"])("---%s is refused", (language) => {
    expect(refusedFrontMatterLanguage(`---${language}\n{}\n---\n`)).toBe(language);
  });

  it.each(["", "yaml", "YML"])("---%s is read as YAML", (language) => {
    expect(refusedFrontMatterLanguage(`---${language}\ntitle: A\n---\n`)).toBeUndefined();
  });
});

describe("reading a term whose front matter is another language", () => {
  it.each(["js", "javascript", "Javascript", "json", "node"])(
    "---%s is a problem naming the file, never run",
    (language) => {
      const { text, marker } = drill(language);
      const parsed = parseSourceFile("src/glossary/lead-magnet.md", "term", text, new Date());
      expect(parsed).toEqual({
        file: "src/glossary/lead-magnet.md",
        message: expect.stringContaining(
          `the front matter opens with "---${language}": only YAML front matter is read`,
        ),
      });
      expect(existsSync(marker)).toBe(false);
    },
  );

  it("every non-YAML engine throws instead of evaluating, naming the file", () => {
    const { text, marker } = drill("js");
    for (const engine of Object.values(nonYamlEngines))
      expect(() => engine(text, { filePath: "src/a.md" })).toThrow("src/a.md: the front matter opens with");
    expect(existsSync(marker)).toBe(false);
  });
});

describe("addresses the build writes itself", () => {
  const generated = ["/assets/", "/favicon.svg", "/pagefind/"];
  it.each([
    "/assets/js/previews.js",
    "/ASSETS/x.css",
    "/pagefind/",
    "/glossary/../assets/a.js",
    "//assets/a",
    "/favicon.svg",
  ])("%s is refused", (url) => {
    expect(generatedPathProblem(url, generated)).toMatch(/is under \/(assets|pagefind|favicon)/);
  });
  it.each(["/assetsfoo/", "/glossary/assets/", "/favicon.svg.html", "/"])("%s is allowed", (url) => {
    expect(generatedPathProblem(url, generated)).toBeUndefined();
  });
});
