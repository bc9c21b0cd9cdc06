// Builds of a benchmark site, each step a fresh process: ours as `npm run build` does it (Eleventy,
// then `pagefind`), and the bare pair (a plain Eleventy build, then the Pagefind CLI on its output).
// The timed runs and the profiled run go through here, so they build exactly the same way.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pagefindCommand as pagefindCli } from "../../src/_config/search.ts";
import { runMeasured } from "./measure-process.ts";

export const eleventyCli = join(process.cwd(), "node_modules/@11ty/eleventy/cmd.cjs");

const eleventyArgs = (config: string) => [
  eleventyCli,
  `--config=${config}`,
  "--input=src",
  "--output=_site",
  "--quiet",
];
const buildEnv = { ELEVENTY_RUN_MODE: "build" };

export interface BuildOutput {
  seconds: number;
  stdout: string;
  stderr: string;
}

/** One build of `dir` with `nodeArgs` for Node (the profiler's flags), untimed by the caller's clock. */
export function buildOnce(dir: string, config: string, { nodeArgs = [] }: { nodeArgs?: string[] } = {}): BuildOutput {
  rmSync(join(dir, "_site"), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeArgs, ...eleventyArgs(config)], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...buildEnv },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${dir}:\n${result.stderr.slice(-2000)}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}

export interface TimedBuild {
  seconds: number;
  peakMemoryMb: number;
  /** Seconds spent building the search index, inside `seconds`. */
  searchSeconds: number;
}

/** What `npm run build` runs; buildOurs runs the same two steps. */
export const ourBuildScript = "eleventy --input=src --output=_site && pagefind";

/**
 * Our full build, as `npm run build` runs it: Eleventy with our config, then `pagefind` with the
 * copy's pagefind.yml once Eleventy has exited, each a fresh process.
 */
export async function buildOurs(dir: string, config: string): Promise<TimedBuild> {
  rmSync(join(dir, "_site"), { recursive: true, force: true });
  const eleventy = await runMeasured(process.execPath, eleventyArgs(config), { cwd: dir, env: buildEnv });
  const pagefind = await runMeasured(process.execPath, [pagefindCli, "--quiet"], { cwd: dir });
  return {
    seconds: eleventy.seconds + pagefind.seconds,
    peakMemoryMb: Math.max(eleventy.peakTreeMb, pagefind.peakTreeMb),
    searchSeconds: pagefind.seconds,
  };
}

/** The bare pair: Eleventy with the baseline's one-line config, then `pagefind --site _site`. */
export async function buildBarePair(dir: string): Promise<TimedBuild> {
  rmSync(join(dir, "_site"), { recursive: true, force: true });
  const eleventy = await runMeasured(process.execPath, eleventyArgs("eleventy.config.js"), { cwd: dir, env: buildEnv });
  const pagefind = await runMeasured(process.execPath, [pagefindCli, "--site", "_site", "--silent"], { cwd: dir });
  return {
    seconds: eleventy.seconds + pagefind.seconds,
    // One after the other, so the pair's peak is the higher of the two.
    peakMemoryMb: Math.max(eleventy.peakTreeMb, pagefind.peakTreeMb),
    searchSeconds: pagefind.seconds,
  };
}
