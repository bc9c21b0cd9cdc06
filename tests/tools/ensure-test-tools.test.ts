// The test command's first step, run as `npm test` runs it: a process of its own.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("ensure-test-tools", () => {
  it("is what the test command runs first: a wrong CHROME_PATH stops it at once, before any test", () => {
    const run = spawnSync("npx", ["tsx", "scripts/ensure-test-tools.ts"], {
      encoding: "utf8",
      env: { ...process.env, CHROME_PATH: "/no/such/chromium" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("CHROME_PATH is set to /no/such/chromium");
  });
});
