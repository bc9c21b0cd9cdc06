// `npm run new-term` as an editor runs it: a process of its own on a scratch copy of the content.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

const summary = "A free, useful resource offered in exchange for an email address.";

describe("npm run new-term", () => {
  let root: string;
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync(
          process.execPath,
          ["--import", "tsx", join(projectRoot, "scripts/new-term.ts"), "--root", root, ...args],
          { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
        ),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, output: e.stdout + e.stderr };
    }
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "atlas-new-term-"));
    cpSync(join(projectRoot, "_data"), join(root, "_data"), { recursive: true });
    mkdirSync(join(root, "src/glossary"), { recursive: true });
    cpSync(join(projectRoot, "tests/fixtures/terms/valid"), join(root, "src/glossary"), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the file from flags", () => {
    const result = run("Lead magnet", "--stage", "consideration", "--related", "alpha,beta", "--summary", summary);
    expect(result.code).toBe(0);
    expect(result.output).toContain("Created src/glossary/lead-magnet.md as a draft.");
    expect(readFileSync(join(root, "src/glossary/lead-magnet.md"), "utf8")).toMatch(/^---\ntitle: Lead magnet\n/);
  });

  it("refuses a duplicate and leaves the existing file untouched", () => {
    writeFileSync(
      join(root, "src/glossary/lead-magnet.md"),
      "---\ntitle: Lead magnet\nsummary: Edited by hand.\nstage: consideration\nrelated: [alpha, beta]\n---\nMy own words.\n",
    );
    const result = run("Lead magnet", "--stage", "decision", "--related", "alpha,beta", "--summary", "Another.");
    expect(result.code).toBe(1);
    expect(result.output).toContain('"Lead magnet" already exists as src/glossary/lead-magnet.md');
    expect(readFileSync(join(root, "src/glossary/lead-magnet.md"), "utf8")).toContain("My own words.");
  });

  it("never overwrites a file, even one the content model could not read", () => {
    writeFileSync(join(root, "src/glossary/upsell.md"), "not front matter at all: [");
    const result = run("Upsell", "--stage", "retention", "--related", "alpha,beta", "--summary", "A step up.");
    expect(result.code).toBe(1);
    expect(result.output).toContain("src/glossary/upsell.md already exists. Nothing was changed.");
    expect(readFileSync(join(root, "src/glossary/upsell.md"), "utf8")).toBe("not front matter at all: [");
  });
});
