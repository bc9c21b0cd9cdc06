// npm run bench — at each size (500 and 5,000 generated terms by default), in one run:
// - our full build (what `npm run build` runs) against the bare pair: a plain Eleventy build of the
//   same Markdown, then the Pagefind CLI on its output; fresh processes, alternating, `--rounds` each;
// - the peak memory of each (the whole process tree: Node, esbuild, Pagefind);
// - the gzip bytes a reader's browser fetches for a first search of a typical query;
// - under `npm start`, the time from saving one term to the rebuilt page and to the refreshed index.
// Usage: npm run bench [-- --sizes 500,5000 --rounds 3 --edits 3 --profile]
// --profile also runs one profiled build of each site at the largest size and prints where the time goes.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureSearchTransfer } from "./lib/search-transfer.ts";
import { buildBarePair, buildOurs, ourBuildScript, type TimedBuild } from "./bench/build-once.ts";
import { editToVisible } from "./bench/edit-to-visible.ts";
import { profileBuild, profileTable } from "./bench/profile.ts";
import { benchFolder, prepareBaseline, prepareOurs } from "./bench/sites.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "500,5000" },
    rounds: { type: "string", default: "3" },
    edits: { type: "string", default: "3" },
    profile: { type: "boolean", default: false },
  },
});
const sizes = (values.sizes ?? "500,5000").split(",").map(Number);
const rounds = Number(values.rounds ?? 3);
const edits = Number(values.edits ?? 3);
const project = process.cwd();
const buildScript = (JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { scripts: { build: string } })
  .scripts.build;
if (buildScript !== ourBuildScript)
  throw new Error(`npm run build is now "${buildScript}": make buildOurs (scripts/bench/build-once.ts) run the same.`);
const ourConfig = join(project, ".eleventy.js");
/** Two words a coach might type; both occur in the real and the generated terms. */
const typicalQuery = "client journey";

/** The goals of issue 16, at 5,000 terms. */
const goals = { ratio: 1.1, growth: 10, memoryRatio: 1.5, firstSearchKb: 150, editSeconds: 2 };

interface SizeResult {
  n: number;
  oursSeconds: number;
  oursSearchIndexSeconds: number;
  bareSeconds: number;
  barePagefindSeconds: number;
  ratio: number;
  oursPeakMemoryMb: number;
  barePeakMemoryMb: number;
  memoryRatio: number;
  siteBytes: number;
  searchIndexBytes: number;
  firstSearchGzipBytes: number;
  firstSearchRawBytes: number;
  firstSearchByKind: Record<string, number>;
  editToPageSeconds: number;
  editToSearchSeconds: number;
  editTimes: { pageSeconds: number[]; searchSeconds: number[] };
  runs: { ours: TimedBuild[]; bare: TimedBuild[] };
  profile: string | null;
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
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

async function benchmarkSize(n: number, withProfile: boolean): Promise<SizeResult> {
  const ours = prepareOurs(n);
  const bare = prepareBaseline(n);
  try {
    const runs = { ours: [] as TimedBuild[], bare: [] as TimedBuild[] };
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which goes first, so warm caches favour neither. Ours ends last, for what follows.
      const order = round % 2 === rounds % 2 ? ["ours", "bare"] : ["bare", "ours"];
      for (const which of order) {
        if (which === "ours") runs.ours.push(await buildOurs(ours, ourConfig));
        else runs.bare.push(await buildBarePair(bare));
      }
      const [o, b] = [runs.ours.at(-1)!, runs.bare.at(-1)!];
      console.log(`  N=${n} round ${round + 1}: ours ${fmt(o.seconds)} s, bare pair ${fmt(b.seconds)} s`);
    }
    const site = join(ours, "_site");
    const bytes = { siteBytes: folderBytes(site), searchIndexBytes: folderBytes(join(site, "pagefind")) };
    const search = await measureSearchTransfer(site, [typicalQuery]);
    console.log(`  N=${n} first search for “${typicalQuery}”: ${kb(search.gzipBytes)} gzip`);
    const profile = withProfile
      ? profileTable(profileBuild(ours, ourConfig), profileBuild(bare, "eleventy.config.js"))
      : null;
    const editTimes = await editToVisible(ours, ourConfig, edits);
    console.log(
      `  N=${n} edit → page ${editTimes.pageSeconds.map((s) => fmt(s)).join(", ")} s; → search ${editTimes.searchSeconds.map((s) => fmt(s)).join(", ")} s`,
    );
    const oursSeconds = median(runs.ours.map((r) => r.seconds));
    const bareSeconds = median(runs.bare.map((r) => r.seconds));
    const oursPeakMemoryMb = Math.max(...runs.ours.map((r) => r.peakMemoryMb));
    const barePeakMemoryMb = Math.max(...runs.bare.map((r) => r.peakMemoryMb));
    return {
      n,
      oursSeconds,
      oursSearchIndexSeconds: median(runs.ours.map((r) => r.searchSeconds)),
      bareSeconds,
      barePagefindSeconds: median(runs.bare.map((r) => r.searchSeconds)),
      ratio: oursSeconds / bareSeconds,
      oursPeakMemoryMb,
      barePeakMemoryMb,
      memoryRatio: oursPeakMemoryMb / barePeakMemoryMb,
      ...bytes,
      firstSearchGzipBytes: search.gzipBytes,
      firstSearchRawBytes: search.rawBytes,
      firstSearchByKind: Object.fromEntries(search.gzipByKind),
      editToPageSeconds: median(editTimes.pageSeconds),
      editToSearchSeconds: median(editTimes.searchSeconds),
      editTimes,
      runs,
      profile,
    };
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

const verdict = (value: number, goal: number) => (value <= goal ? "met" : "not met");

function report(results: SizeResult[]): void {
  console.log(
    "\n| Terms | Ours (median) | Bare pair (median) | Ours / bare | Peak memory ours / bare | First search (gzip) | Edit → page | Edit → search | _site | Index |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const cells = [
      r.n,
      `${fmt(r.oursSeconds)} s (index ${fmt(r.oursSearchIndexSeconds)} s)`,
      `${fmt(r.bareSeconds)} s (Pagefind ${fmt(r.barePagefindSeconds)} s)`,
      `${fmt(r.ratio)}×`,
      `${Math.round(r.oursPeakMemoryMb)} / ${Math.round(r.barePeakMemoryMb)} MB (${fmt(r.memoryRatio)}×)`,
      kb(r.firstSearchGzipBytes),
      `${fmt(r.editToPageSeconds)} s`,
      `${fmt(r.editToSearchSeconds)} s`,
      `${fmt(r.siteBytes / 1048576, 1)} MB`,
      `${fmt(r.searchIndexBytes / 1048576, 1)} MB`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const small = results.find((r) => r.n === 500);
  const large = results.find((r) => r.n === 5000);
  if (!large) return;
  console.log("\nGoals at 5,000 terms:");
  console.log(`- ours / bare pair ${fmt(large.ratio)}× (goal ≤ ${goals.ratio}×): ${verdict(large.ratio, goals.ratio)}`);
  if (small) {
    const growth = large.oursSeconds / small.oursSeconds;
    console.log(
      `- growth from 500 to 5,000 terms ${fmt(growth)}× (goal ≤ ${goals.growth}×): ${verdict(growth, goals.growth)}`,
    );
  }
  console.log(
    `- peak memory ${fmt(large.memoryRatio)}× the bare pair's (goal ≤ ${goals.memoryRatio}×): ${verdict(large.memoryRatio, goals.memoryRatio)}`,
  );
  const searchKb = large.firstSearchGzipBytes / 1024;
  console.log(
    `- first search ${fmt(searchKb, 1)} KB gzip (goal ≤ ${goals.firstSearchKb} KB): ${verdict(searchKb, goals.firstSearchKb)}`,
  );
  const edit = large.editToSearchSeconds;
  console.log(
    `- edit visible, search included, ${fmt(edit)} s (goal ≤ ${goals.editSeconds} s): ${verdict(edit, goals.editSeconds)}`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Journey Atlas benchmark: ${cpus().length} cores, Node ${process.version}, ${rounds} rounds, ` +
      `${edits} edits, sizes ${sizes.join(" and ")}, sites built in ${benchFolder}\n`,
  );
  const results: SizeResult[] = [];
  const largest = Math.max(...sizes);
  for (const n of sizes) results.push(await benchmarkSize(n, (values.profile ?? false) && n === largest));
  report(results);
  for (const r of results)
    if (r.profile) console.log(`\nProfile of one build of each site at ${r.n} terms:\n\n${r.profile}`);
  mkdirSync(join(project, "bench-results"), { recursive: true });
  const file = join(project, "bench-results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const record = {
    date: new Date().toISOString(),
    cores: cpus().length,
    node: process.version,
    rounds,
    edits,
    goals,
    results,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nResults written to ${file}`);
}

await main();
