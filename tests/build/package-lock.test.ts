// `npm install` on a clean clone must leave package-lock.json as committed: a lock that npm rewrites
// means package.json and the lock disagree, and every editor's first install would show a change.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";

describe("package-lock.json", () => {
  it("is what npm install writes for package.json, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-lock-"));
    try {
      for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(projectRoot, file), join(dir, file));
      // The lock alone, from npm's cache (filled by the install that ran these tests): no downloads, no scripts.
      execFileSync(
        "npm",
        ["install", "--package-lock-only", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"],
        { cwd: dir, stdio: "pipe" },
      );
      expect(
        readFileSync(join(dir, "package-lock.json"), "utf8") ===
          readFileSync(join(projectRoot, "package-lock.json"), "utf8"),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
