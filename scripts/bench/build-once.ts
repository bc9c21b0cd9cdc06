// One fresh Eleventy build of a benchmark site, as its own Node process. The timed runs and the
// profiled run both go through here, so they build exactly the same way.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

export const eleventyCli = join(process.cwd(), "node_modules/@11ty/eleventy/cmd.cjs");

export interface BuildOutput {
  seconds: number;
  stdout: string;
  stderr: string;
}

/** Builds `dir` (src/ into a fresh _site/) with `config`; `nodeArgs` and `env` go to the Node process. */
export function buildOnce(dir: string, config: string, { nodeArgs = [], env = {} }: { nodeArgs?: string[]; env?: Record<string, string> } = {}): BuildOutput {
  rmSync(join(dir, "_site"), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeArgs, eleventyCli, `--config=${config}`, "--input=src", "--output=_site", "--quiet"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ELEVENTY_RUN_MODE: "build", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${dir}:\n${result.stderr.slice(-2000)}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}
