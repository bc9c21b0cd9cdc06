// Runs the team's originality check (../shared/tools/seed-overlap.mjs) when it is present,
// and turns its report into content problems. The tool itself stays the one source of the rule.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ContentProblem } from "./content-model.ts";

export function seedOverlapTool(root: string): string | undefined {
  const tool = join(root, "..", "shared", "tools", "seed-overlap.mjs");
  return existsSync(tool) ? tool : undefined;
}

export function seedOverlapProblems(root: string, tool: string): ContentProblem[] {
  const run = spawnSync(process.execPath, [tool, "src", "_data"], { cwd: root, encoding: "utf8" });
  return run.stdout
    .split("\n")
    .map((line) => line.match(/^(.+?): "(.+?)…" \(also in (.+)\)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => ({
      file: match[1] ?? "",
      field: "the text",
      severity: "error" as const,
      message: `shares the words "${match[2]}…" with the source document ${match[3]}; rewrite it in your own words`,
    }));
}
