// The browser editor at /admin/, used as an editor uses it: "Work with Local Repository" on a copy of
// the glossary (an OPFS folder handed over in place of the folder picker, as Sveltia's own tests do),
// the form filled in, refused where the term schema would refuse, saved, and the file it wrote
// published by check:content and a build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { Page } from "playwright-core";
import { parse } from "node-html-parser";
import { afterAll, describe, expect, it } from "vitest";
import { termSchema } from "../../src/content/term-schema.ts";
import { useBrowserAndSite } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { projectRoot } from "../helpers/paths.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const env = useBrowserAndSite();

/** The repository the editor opens: the real terms and guides, and a .git folder (it checks for one). */
const repositoryFiles: Record<string, string> = Object.fromEntries(
  ["src/glossary", "src/guides"].flatMap((folder) =>
    readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith(".md"))
      .map((name) => [`${folder}/${name}`, readFileSync(join(projectRoot, folder, name), "utf8")]),
  ),
);

const summary =
  "A session set aside to look back over the work with a client: what they came for, what has changed and what still matters.";
const body = `A progress review is a session set aside to look back over the work so far with a client: what they came for, what has changed, and what still matters. A life coach might book one every sixth session of a package; a therapist might fold it into an ordinary session once a term.

## When should a review happen?

Before the client starts wondering whether the work is worth it. Doubts tend to grow quietly between sessions, and a review gives them a place to be said out loud. Putting it in the calendar at the start of a package, rather than waiting for a slump, makes it feel routine instead of a warning sign. It also pairs well with [rebooking](/glossary/rebooking/): the end of a review is a natural moment to agree the next block of sessions.

## What do I ask in one?

Keep to a few open questions. What has been most useful so far? What has been harder than expected? What would make the next month feel worthwhile? Write the answers down in the client's own words and read them back, so they can correct you. A short written summary sent afterwards helps the client remember what they said, and keeps the review from turning into a sales conversation.

## How does it fit with onboarding?

[Onboarding](/glossary/onboarding/) sets out what the client hopes for; a review checks those hopes against what has happened. If the goals from the first session no longer fit, say so together and set new ones. Clients who see their own progress named are more likely to stay, and those for whom the work is no longer right can leave on good terms, which matters for referrals later.`;

/** Every request the page makes to another origin, and every policy violation Chromium reports. */
function watchForLeaks(page: Page, origin: string): string[] {
  const leaks: string[] = [];
  page.on("request", (request) => {
    // blob: URLs carry the page's own origin.
    if (new URL(request.url()).origin !== origin) leaks.push(`request to ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") leaks.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => leaks.push(`page error: ${error.message}`));
  return leaks;
}

/** Opens /admin/ and signs in with "Work with Local Repository" on an OPFS copy of the content. */
async function openEditor(page: Page, origin: string): Promise<void> {
  // The editor is 2 MB of script: on a busy machine its first load can take longer than Playwright's 30 s.
  page.setDefaultTimeout(90_000);
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle("repository", { create: true }),
    });
  });
  await page.goto(`${origin}/admin/`);
  await page.evaluate(async (files) => {
    const repository = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle("repository", {
      create: true,
    });
    await repository.getDirectoryHandle(".git", { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split("/");
      let folder = repository;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, repositoryFiles);
  await page.getByRole("button", { name: "Work with Local Repository" }).click();
  // Signed in: the editor's global toolbar replaces the sign-in buttons.
  await page.getByRole("button", { name: "Create Entry or Assets" }).waitFor();
}

/** A file of the OPFS repository as the editor left it, or undefined when it does not exist. */
const readRepositoryFile = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle("repository");
    const parts = path.split("/");
    try {
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);

const field = (page: Page, label: string) => page.getByRole("group", { name: `“⁨${label}⁩” Field` });

async function chooseRelated(page: Page, title: string): Promise<void> {
  await field(page, "Related terms").getByRole("combobox").click();
  await page.getByRole("option", { name: title, exact: true }).click();
}

/** Presses Save and waits until the editor either leaves the form (saved) or shows why not. */
async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForFunction(() => !location.hash.endsWith("/new") || document.querySelector("[role=alert]") !== null);
}

let copy: { dir: string; remove: () => void } | undefined;
afterAll(() => copy?.remove());

describe("the browser editor at /admin/", () => {
  it("adds a term by the form, refuses what the term schema refuses, and writes a file that check:content and the build publish", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The folder picker and the local mode are offered on localhost, as an editor runs `npm start`.
    const origin = env.origin.replace("127.0.0.1", "localhost");
    const leaks = watchForLeaks(page, origin);
    await openEditor(page, origin);

    await page.goto(`${origin}/admin/#/collections/glossary/new`);
    await page.getByRole("textbox", { name: "Title" }).fill("Progress review");
    await page.getByRole("textbox", { name: "Summary" }).fill("x".repeat(201));
    await page.getByRole("combobox", { name: "Stage" }).click();
    await page.getByRole("option", { name: "Retention", exact: true }).click();
    await page.getByRole("textbox", { name: "Entry" }).fill(body);

    // A 201-character summary and no related terms: refused, nothing written.
    await save(page);
    await expect
      .poll(() => field(page, "Summary").getByRole("alert").innerText())
      .toContain("You cannot enter more than 200 characters");
    expect(await field(page, "Related terms").getByRole("alert").innerText()).toContain("This field is required");
    expect(await readRepositoryFile(page, "src/glossary/progress-review.md")).toBeUndefined();

    // One related term is still too few.
    await page.getByRole("textbox", { name: "Summary" }).fill(summary);
    await chooseRelated(page, "Rebooking");
    await save(page);
    await expect
      .poll(() => field(page, "Related terms").getByRole("alert").innerText())
      .toContain("You must add at least 2 items");
    expect(await field(page, "Summary").getByRole("alert").count()).toBe(0);
    expect(await readRepositoryFile(page, "src/glossary/progress-review.md")).toBeUndefined();

    // Two: saved.
    await chooseRelated(page, "Onboarding");
    await save(page);
    await expect.poll(() => readRepositoryFile(page, "src/glossary/progress-review.md")).toBeDefined();
    const written = (await readRepositoryFile(page, "src/glossary/progress-review.md"))!;
    const { data, content } = matter(written, {
      engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object },
    });
    expect(data).toEqual({
      title: "Progress review",
      summary,
      stage: "retention",
      related: ["rebooking", "onboarding"],
    });
    // In the schema's order, and valid by the schema itself.
    const schemaOrder = Object.keys(termSchema.shape);
    expect(Object.keys(data)).toEqual(schemaOrder.filter((key) => key in data));
    expect(termSchema.safeParse(data).success).toBe(true);
    expect(content.trim()).toBe(body);

    // The step only the build can judge: another entry links here. The editor does it in the form too.
    await page.goto(`${origin}/admin/#/collections/glossary/entries/rebooking`);
    await page.getByRole("textbox", { name: "Title" }).waitFor();
    await chooseRelated(page, "Progress review");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect
      .poll(async () => (await readRepositoryFile(page, "src/glossary/rebooking.md")) ?? "")
      .toContain("- progress-review");
    const rebooking = (await readRepositoryFile(page, "src/glossary/rebooking.md"))!;
    // Saving an existing term changes only what was edited: it stays published, its other fields kept.
    const before = matter(repositoryFiles["src/glossary/rebooking.md"]!).data;
    expect(matter(rebooking).data).toEqual({
      ...before,
      related: [...(before.related as string[]), "progress-review"],
    });
    await page.close();
    expect(leaks).toEqual([]);

    // The two files, as saved, in a copy of the site: check:content passes and the build publishes them.
    copy = copySiteSources("atlas-admin-");
    writeFileSync(join(copy.dir, "src/glossary/progress-review.md"), written);
    writeFileSync(join(copy.dir, "src/glossary/rebooking.md"), rebooking);
    const check = spawnSync("npx", ["tsx", join(projectRoot, "scripts/check-content.ts"), copy.dir], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/0 errors, 0 warnings/);
    const output = join(copy.dir, "_site");
    await buildSite(output, { input: join(copy.dir, "src") });
    const pagePath = join(output, "glossary/progress-review/index.html");
    expect(existsSync(pagePath)).toBe(true);
    const termPage = parse(readFileSync(pagePath, "utf8"));
    expect(termPage.querySelector("h1")?.text.trim()).toBe("Progress review");
    const links = termPage.querySelectorAll("a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/glossary/rebooking/", "/glossary/onboarding/"]));
    const rebookingPage = readFileSync(join(output, "glossary/rebooking/index.html"), "utf8");
    expect(rebookingPage).toContain('href="/glossary/progress-review/"');
  }, 240_000);

  it("previews an entry with the site's own stylesheet", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const origin = env.origin.replace("127.0.0.1", "localhost");
    await openEditor(page, origin);
    await page.goto(`${origin}/admin/#/collections/glossary/entries/rebooking`);
    await page.getByRole("textbox", { name: "Title" }).waitFor();
    const stylesheets = async () => {
      const preview = page.frames().find((frame) => frame !== page.mainFrame() && frame.url().startsWith("blob:"));
      return preview
        ? preview.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]"), (link) => link.href),
          )
        : [];
    };
    await expect.poll(stylesheets).toContain(`${origin}/assets/css/site.css`);
    await page.close();
  });
});
