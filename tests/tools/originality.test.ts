// The editorial team's originality tools over the real content: no template sentence repeats across
// files, and nothing is shared with the source documents. Each runs as a process of its own.
import { describe, expect, it } from "vitest";
import { runTeamTool } from "../helpers/team-tools.ts";

describe("originality and variety (the team's tools)", () => {
  it("no passage of 8+ words appears in 3 or more content files", ({ skip }) => {
    const run = runTeamTool("repetition.mjs", ["src"], skip);
    expect(run.stdout.trim().split("\n").slice(0, -1), run.stdout).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("no run of 7+ words is shared with a source document", ({ skip }) => {
    const run = runTeamTool("seed-overlap.mjs", ["src", "_data"], skip);
    expect(run.stdout.trim().split("\n").slice(0, -1), run.stdout).toEqual([]);
    expect(run.status).toBe(0);
  });
});
