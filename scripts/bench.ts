// npm run bench — build time of this site against a bare Eleventy build of the same Markdown,
// measured side by side in one run. Each build is a fresh process; the two alternate.
// Usage: npm run bench [-- --sizes 500,5000 --rounds 3 --profile]
// --profile also runs one profiled build of each site at the largest size and prints where the time goes.
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildOnce, eleventyCli } from "./bench/build-once.ts";
import { syntheticSlug } from "./bench/generate-terms.ts";
import { profileBuild, profileTable } from "./bench/profile.ts";
import { benchFolder, prepareBaseline, prepareOurs } from "./bench/sites.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "500,5000" }, rounds: { type: "string", default: "3" }, profile: { type: "boolean", default: false } } });
const sizes = (values.sizes ?? "500,5000").split(",").map(Number);
const rounds = Number(values.rounds ?? 3);
const project = process.cwd();
const preload = join(project, "scripts/bench/preload-max-rss.cjs");

interface Run {
  seconds: number;
  maxRssMb: number;
  searchSeconds: number;
}

function build(dir: string, config: string): Run {
  const { seconds, stdout, stderr } = buildOnce(dir, config, { env: { NODE_OPTIONS: `--require ${preload}` } });
  const rss = Number(stderr.match(/BENCH_MAX_RSS_KB (\d+)/)?.[1] ?? 0);
  const search = Number(stdout.match(/\[search\] indexed \d+ pages in ([\d.]+) seconds/)?.[1] ?? 0);
  return { seconds, maxRssMb: rss / 1024, searchSeconds: search };
}

function folderBytes(path: string): number {
  let total = 0;
  for (const name of readdirSync(path, { recursive: true, encoding: "utf8" })) {
    const stats = statSync(join(path, name));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const editsPerRebuildRun = 5;

interface RebuildTimes {
  /** The time Eleventy reports: from the start of its rebuild to the last file written. */
  reported: number;
  /** From saving the file to Eleventy's report, so it includes noticing the change. */
  fromSave: number;
}

/**
 * Starts watch mode, then edits one term several times, waiting for each rebuild, as an editor does.
 * Returns the medians over those rebuilds.
 */
async function rebuildAfterEdit(dir: string, incremental: boolean): Promise<RebuildTimes> {
  const args = [eleventyCli, `--config=${join(project, ".eleventy.js")}`, "--input=src", "--output=_site", "--watch", ...(incremental ? ["--incremental"] : [])];
  const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env } });
  let log = "";
  const waitFor = (pattern: RegExp, from: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} in watch mode`)), 120_000);
      const check = () => {
        const match = log.slice(from).match(pattern);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        } else setTimeout(check, 5);
      };
      check();
    });
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    await waitFor(/Watching…/, 0);
    const reported: number[] = [];
    const fromSave: number[] = [];
    for (let edit = 1; edit <= editsPerRebuildRun; edit += 1) {
      // Let the search index refresh that follows each build finish, so edits are measured alike.
      await pause(1500);
      const mark = log.length;
      const saved = performance.now();
      appendFileSync(join(dir, "src/glossary", `${syntheticSlug(1)}.md`), `\nOne more sentence, edit ${edit} during the benchmark.\n`);
      const match = await waitFor(/Wrote \d+ files?.*? in ([\d.]+) seconds/, mark);
      fromSave.push((performance.now() - saved) / 1000);
      reported.push(Number(match[1]));
    }
    return { reported: median(reported), fromSave: median(fromSave) };
  } finally {
    child.kill("SIGTERM");
  }
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** Builds N terms both ways, alternately, and returns the medians and sizes. Both copies are removed after. */
async function benchmarkSize(n: number, { withProfile, isLargest }: { withProfile: boolean; isLargest: boolean }): Promise<Record<string, unknown>> {
  const ours = prepareOurs(n);
  const bare = prepareBaseline(n);
  try {
    const oursRuns: Run[] = [];
    const bareRuns: Run[] = [];
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which goes first, so warm caches favour neither.
      const order = round % 2 === 0 ? ["ours", "bare"] : ["bare", "ours"];
      for (const which of order) {
        if (which === "ours") oursRuns.push(build(ours, join(project, ".eleventy.js")));
        else bareRuns.push(build(bare, "eleventy.config.js"));
      }
      process.stdout.write(`  N=${n} round ${round + 1}: ours ${fmt(oursRuns.at(-1)!.seconds)} s, baseline ${fmt(bareRuns.at(-1)!.seconds)} s\n`);
    }
    const oursMedian = median(oursRuns.map((r) => r.seconds));
    const searchMedian = median(oursRuns.map((r) => r.searchSeconds));
    const bareMedian = median(bareRuns.map((r) => r.seconds));
    const bytes = { siteBytes: folderBytes(join(ours, "_site")), searchIndexBytes: folderBytes(join(ours, "_site/pagefind")) };
    const profile = withProfile && isLargest ? profileTable(profileBuild(ours, join(project, ".eleventy.js")), profileBuild(bare, "eleventy.config.js")) : null;
    const rebuild = n <= 1000 ? { full: await rebuildAfterEdit(ours, false), incremental: await rebuildAfterEdit(ours, true) } : null;
    return {
      n,
      oursSeconds: oursMedian,
      oursWithoutSearchIndexSeconds: oursMedian - searchMedian,
      searchIndexSeconds: searchMedian,
      baselineSeconds: bareMedian,
      ratio: oursMedian / bareMedian,
      ratioWithoutSearchIndex: (oursMedian - searchMedian) / bareMedian,
      oursPeakMemoryMb: Math.max(...oursRuns.map((r) => r.maxRssMb)),
      baselinePeakMemoryMb: Math.max(...bareRuns.map((r) => r.maxRssMb)),
      ...bytes,
      rebuildAfterOneEditSeconds: rebuild,
      profile,
    };
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Journey Atlas build benchmark: ${cpus().length} cores, Node ${process.version}, ${rounds} rounds, sizes ${sizes.join(" and ")}, sites built in ${benchFolder}\n`);
  const results: Record<string, unknown>[] = [];
  for (const n of sizes) results.push(await benchmarkSize(n, { withProfile: values.profile ?? false, isLargest: n === Math.max(...sizes) }));

  const row = (r: Record<string, any>) =>
    `| ${r.n} | ${fmt(r.oursSeconds)} s (${fmt(r.searchIndexSeconds)} s of it search index) | ${fmt(r.baselineSeconds)} s | **${fmt(r.ratio)}×** (${fmt(r.ratioWithoutSearchIndex)}× without the index) | ${Math.round(r.oursPeakMemoryMb)} MB / ${Math.round(r.baselinePeakMemoryMb)} MB | ${fmt(r.siteBytes / 1048576, 1)} MB | ${fmt(r.searchIndexBytes / 1048576, 1)} MB |`;
  console.log("\n| Terms | Ours (median) | Bare Eleventy (median) | Ours / baseline | Peak memory ours / bare | _site | Pagefind index |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of results) console.log(row(r));
  const small = results.find((r) => r.n === 500) as Record<string, any> | undefined;
  const large = results.find((r) => r.n === 5000) as Record<string, any> | undefined;
  if (small && large) console.log(`\nGrowth from 500 to 5,000 terms (ours): ${fmt(large.oursSeconds / small.oursSeconds)}× (goal ≤ 11×)`);
  if (large) console.log(`Ours / baseline at 5,000 terms: ${fmt(large.ratio)}× (goal ≤ 1.5×); ${fmt(large.ratioWithoutSearchIndex)}× leaving out Pagefind, which the baseline does not run`);
  if (small?.rebuildAfterOneEditSeconds) {
    console.log(
      `Rebuild after a one-term edit at 500 terms: ${fmt(small.rebuildAfterOneEditSeconds.full.reported)} s as npm start does it (full; ` +
        `${fmt(small.rebuildAfterOneEditSeconds.full.fromSave)} s from saving the file), ` +
        `${fmt(small.rebuildAfterOneEditSeconds.incremental.reported)} s with --incremental, which npm start does not use because it leaves ` +
        "other pages showing the edited term (A–Z, related terms, backlinks) stale (goal < 1 s)",
    );
  }
  for (const r of results) if (r.profile) console.log(`\nProfile of one build of each site at ${r.n} terms:\n\n${r.profile}`);
  mkdirSync(join(project, "bench-results"), { recursive: true });
  const file = join(project, "bench-results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, node: process.version, rounds, results }, null, 2)}\n`);
  console.log(`\nResults written to ${file}`);
}

await main();
