// The team's content tools (the originality checks) live beside a team checkout of the project, not in
// it: a newcomer's clone has none of them. Where they are, tests run them; in CI (CI=true), which always
// has them, a missing tool fails loudly; on a clone without them the test is reported as not run, with
// the reason, in the closing summary (tests/summary-reporter.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./paths.ts";

const teamToolsFolder = join(projectRoot, "..", "shared", "tools");

/** True when the run is CI's: there, the team's tools must be present. */
export const runningInCi = (): boolean => ["true", "1"].includes((process.env.CI ?? "").toLowerCase());

/**
 * Runs one team tool from the project root. When it is missing: throws in CI, and otherwise calls
 * `notRun` (a test's `ctx.skip`) with the reason, which the closing summary prints.
 */
export function runTeamTool(
  name: string,
  args: string[],
  notRun: (note: string) => never,
): { status: number | null; stdout: string } {
  const tool = join(teamToolsFolder, name);
  if (!existsSync(tool)) {
    const reason = `the team's tool ${name} is not beside this clone (../shared/tools/${name})`;
    if (runningInCi()) throw new Error(`${reason}: CI must have it, so this check fails rather than pass unrun`);
    notRun(`not run: ${reason}; it runs on a team checkout and in CI`);
  }
  const run = spawnSync(process.execPath, [tool, ...args], { cwd: projectRoot, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout };
}
