// Under `npm start`, a content error shows in the browser as well as the terminal, naming the file,
// the field and the fix, and the page comes back by itself once the file is fixed. This runs the real
// dev server (`eleventy --serve`) on a scratch copy, and a real browser that is never reloaded by hand.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { projectRoot } from "../helpers/paths.ts";
import { copySiteSources } from "../helpers/site-copy.ts";

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });

let copy: { dir: string; remove: () => void };
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let output = "";
let origin: string;
const termFile = () => join(copy.dir, "src/glossary/lead-magnet.md");
let original: string;

/** Resolves once the dev server's output, after `from`, matches `pattern`; fails if the server exits first. */
function outputAfter(from: number, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = output.slice(from);
      if (pattern.test(text)) {
        server?.stdout?.off("data", check);
        server?.stderr?.off("data", check);
        server?.off("exit", exited);
        resolve(text);
      }
    };
    const exited = (code: number | null) =>
      reject(new Error(`the dev server exited (${code}) before printing ${pattern}:\n${output}`));
    server?.stdout?.on("data", check);
    server?.stderr?.on("data", check);
    server?.once("exit", exited);
    check();
  });
}

beforeAll(async () => {
  copy = copySiteSources("atlas-preview-");
  original = readFileSync(termFile(), "utf8");
  const port = await freePort();
  origin = `http://localhost:${port}`;
  // Its own process group, so that afterAll can stop the server and everything it started.
  server = spawn(
    process.execPath,
    [
      join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"),
      "--input=src",
      "--output=_site",
      "--serve",
      `--port=${port}`,
      `--config=${join(projectRoot, ".eleventy.js")}`,
    ],
    { cwd: copy.dir, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await outputAfter(0, /Server at/);
  await outputAfter(0, /\[search\] indexed/);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  copy?.remove();
});

describe("a content error under npm start", () => {
  it("shows the term while the content is fine", async () => {
    await page.goto(`${origin}/glossary/lead-magnet/`);
    expect(await page.locator("h1").innerText()).toBe("Lead magnet");
  });

  it("replaces the open page with an error page naming the file, the field and the fix, and prints it in the terminal", async () => {
    const from = output.length;
    const summary = "A free resource offered in exchange for an email address. ".repeat(4).trim();
    writeFileSync(termFile(), original.replace(/^summary: .*$/m, `summary: ${summary}`));
    await page.waitForFunction(() => document.title.startsWith("Content to fix"), undefined, { timeout: 60_000 });
    const text = await page.locator("main").innerText();
    const message = `the summary has ${summary.length} characters; keep it to 200 or fewer`;
    expect(text).toContain("src/glossary/lead-magnet.md");
    expect(text).toContain(message);
    expect(await outputAfter(from, /keep it to 200 or fewer/)).toContain(`src/glossary/lead-magnet.md: ${message}`);
    // Any other page asked for meanwhile says the same, rather than showing stale content.
    const other = await fetch(`${origin}/glossary/`, { headers: { accept: "text/html" } });
    expect(other.status).toBe(500);
    expect(await other.text()).toContain(message);
  });

  it("goes back to the page by itself once the file is fixed", async () => {
    writeFileSync(termFile(), original);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Lead magnet", undefined, {
      timeout: 60_000,
    });
    expect(await page.title()).not.toMatch(/^Content to fix/);
    expect((await fetch(`${origin}/glossary/`, { headers: { accept: "text/html" } })).status).toBe(200);
  });
});
