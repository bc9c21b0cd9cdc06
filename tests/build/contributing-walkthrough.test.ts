// CONTRIBUTING.md, followed literally on a scratch copy of the project: scaffold a term with the
// guide's own command, fill it in as the guide says, run the checks it names, publish it the way it
// says, build, then hold the result to the content rules `npm test` runs. If the guide leaves out a
// step the rules need, this fails.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSite } from "../helpers/build-site.ts";
import { publishedContentFailures } from "../helpers/content-rules.ts";
import { projectRoot } from "../helpers/paths.ts";
import { copyProject } from "../helpers/site-copy.ts";

const guide = readFileSync(join(projectRoot, "CONTRIBUTING.md"), "utf8");

/** What an editor writes in place of each hint, by heading: their own words, with links as the guide shows. */
const ownWords: Record<string, string> = {
  "What is a session recap?":
    "A session recap is a short note you send a client after you meet, in your own words, saying what you talked about and what they decided to try before the next session. A career coach might email three lines the same evening: the two options the client weighed, the one they chose, and the single call they promised to make by Friday. It is brief on purpose, and it is written for the client, not for your files.",
  "Why does it matter?":
    "People forget most of a conversation within days, even one that felt important. A recap keeps the client's own decision in front of them while the week gets busy, which makes the next session start from progress instead of from memory. It also shows care without any selling, and that matters most during [onboarding](/glossary/onboarding/), when a new client is still deciding whether the work fits them.",
  "How do you work it out?":
    "Keep a fixed shape so that writing one takes five minutes. Name the topic in one line, quote the client's own wording for what they chose, and list at most two actions with dates. Leave out anything they said in confidence that would read badly if forwarded. If a client asks for no emails, offer to read the recap aloud at the close of the session instead.",
  "How is it different from a session note?":
    "A session note is your private record, kept for your practice and, for therapists, often required by a professional body. A recap goes to the client and contains only what they would be glad to read again. The two can share facts, but never share a document, and the note never leaves your records.",
  "What is the most common mistake?":
    "Turning the recap into homework. A long list of tasks makes a client who did half of them feel behind, and some quietly stop [rebooking](/glossary/rebooking/) rather than admit it. Two small, named actions in the client's own words do more than a page of advice, so cut until it fits on a phone screen.",
};

let copy: { dir: string; remove: () => void };
const file = (path: string) => join(copy.dir, path);

/** A command run in the copy the way an editor types it in the project folder. */
function shell(command: string): { code: number | null; output: string } {
  const result = spawnSync("sh", ["-c", command], {
    cwd: copy.dir,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  copy = copyProject("atlas-guide-");
});
afterAll(() => copy.remove());

describe("CONTRIBUTING.md, followed step by step", () => {
  let termPath: string;
  let suggested: string[] = [];

  it("1. creates the file with the guide's own command", () => {
    // Code blocks inside the numbered steps are indented; the command is the block's text, trimmed.
    const command = Array.from(guide.matchAll(/```sh\n([^`]+?)\n\s*```/g), (m) => (m[1] ?? "").trim()).find(
      (block) => block.includes("npm run new-term") && block.includes("--summary"),
    );
    expect(command).toBeDefined();
    const result = shell(command!);
    expect(result.code, result.output).toBe(0);
    const created = result.output.match(/Created (src\/glossary\/[a-z-]+\.md) as a draft\./)?.[1];
    expect(created).toBe("src/glossary/session-recap.md");
    termPath = created!;
    expect(readFileSync(file(termPath), "utf8")).toMatch(/^draft: true$/m);
  });

  it("2. writes the entry: each hint in italics replaced, the italic headings phrased as a reader's questions", () => {
    // The outline fixes only its first heading; the guide says to phrase the others as questions.
    const questions = ["Why does it matter?", "How is it different from a session note?"];
    const answers: Record<string, string> = {
      "What is a session recap?": ownWords["What is a session recap?"]!,
      "Why does it matter?": `${ownWords["Why does it matter?"]}\n\n${ownWords["How do you work it out?"]}`,
      "How is it different from a session note?": `${ownWords["How is it different from a session note?"]}\n\n${ownWords["What is the most common mistake?"]}`,
    };
    let heading = "";
    const lines = readFileSync(file(termPath), "utf8")
      .split("\n")
      .map((line) => {
        if (/^## _.+_$/.test(line)) line = `## ${questions.shift()}`;
        const title = line.match(/^## (.+)$/)?.[1];
        if (title) heading = title;
        if (/^_.+_$/.test(line)) {
          expect(answers[heading], `no words written for "${heading}"`).toBeDefined();
          return answers[heading]!;
        }
        return line;
      });
    writeFileSync(file(termPath), lines.join("\n"));
    expect(questions).toEqual([]);
    expect(readFileSync(file(termPath), "utf8")).not.toMatch(/^_|^## _/m);
  });

  it("3. previews it as npm start does, with the Draft badge", async () => {
    await buildSite(file("_site"), { input: file("src"), mode: "serve" });
    expect(readFileSync(file("_site/glossary/session-recap/index.html"), "utf8")).toContain("badge--draft");
  });

  it("4. checks it: no errors, and the one warning left says which files to link it from", () => {
    const result = shell("npm run check:content");
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("0 errors");
    const warnings = result.output.split("\n").filter((line) => line.trim().startsWith("warning"));
    const list = result.output.match(
      /no other entry links here yet: add `session-recap` to the related list of one of these: ([^(]+) \(/,
    )?.[1];
    expect(warnings, result.output).toHaveLength(1);
    suggested = (list ?? "").split(", ").map((path) => path.trim());
    expect(suggested.length).toBeGreaterThan(0);
    for (const path of suggested) expect(existsSync(file(path)), path).toBe(true);
  });

  it("5. publishes it: draft line deleted, the new file name added to a suggested term's related list, checks clean, build succeeds", () => {
    writeFileSync(file(termPath), readFileSync(file(termPath), "utf8").replace(/^draft: true\n/m, ""));
    const linking = file(suggested[0]!);
    const before = readFileSync(linking, "utf8");
    const after = before.replace(/^(related: \[.*)\]$/m, "$1, session-recap]");
    expect(after).not.toBe(before);
    writeFileSync(linking, after);

    const check = shell("npm run check:content");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("0 errors, 0 warnings");

    const build = shell("npm run build");
    expect(build.code, build.output).toBe(0);
    const page = readFileSync(file("_site/glossary/session-recap/index.html"), "utf8");
    expect(page).toContain("Session recap");
    expect(page).not.toContain("badge--draft");
  }, 240_000);

  it("6. passes the content rules npm test holds the glossary to", () => {
    expect(publishedContentFailures(loadContent({ root: copy.dir, includeDrafts: false }))).toEqual([]);
  });
});
