// Where a build's time goes: runs one build under Node's CPU profiler and sums the self time of every
// sample by area (Eleventy, Nunjucks, Markdown, our content model…). Used by `npm run bench -- --profile`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildOnce } from "./build-once.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The area a sampled function belongs to, from its file (or, for native code, its name). */
function areaOf({ functionName, url }: ProfileNode["callFrame"]): string {
  const path = url.replace(/^file:\/\//, "");
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (
    pkg?.startsWith("@11ty/") ||
    ["dependency-graph", "picomatch", "fdir", "tinyglobby", "chokidar"].includes(pkg ?? "")
  )
    return "Eleventy itself";
  if (pkg === "nunjucks" || pkg === "a-sync-waterfall") return "Nunjucks (templates)";
  if (pkg && ["markdown-it", "mdurl", "entities", "linkify-it", "uc.micro", "punycode.js"].includes(pkg))
    return "markdown-it";
  if (pkg === "gray-matter" || pkg === "js-yaml") return "front matter (gray-matter, js-yaml)";
  if (pkg && ["posthtml", "posthtml-parser", "posthtml-render", "htmlparser2", "@11ty/posthtml-urls"].includes(pkg))
    return "feed URL rewriting (posthtml)";
  if (pkg) return "other packages";
  if (path.includes("/src/content/")) return "our content model (src/content)";
  if (path.includes("/src/")) return "our plugins and filters (src/_config, src/search)";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (
    /^(writeFileUtf8|mkdir|readFileUtf8|open|close|stat|lstat|existsSync|writeFileSync|readdir)$/.test(functionName) ||
    path === "node:fs"
  )
    return "file system";
  if (path.startsWith("node:internal/modules") || path.startsWith("node:internal/deps"))
    return "loading modules (tsx, ESM)";
  if (functionName === "(idle)") return "idle: waiting for Pagefind, esbuild or I/O";
  return "other Node.js and native";
}

/** Seconds of self time per area for one Eleventy build of `dir` with `config`. */
export function profileBuild(dir: string, config: string): Map<string, number> {
  const profileDir = mkdtempSync(join(tmpdir(), "atlas-profile-"));
  try {
    buildOnce(dir, config, { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] });
    // The main thread's profile is the largest; tsx's loader thread writes a small one beside it.
    const files = readdirSync(profileDir).map((name) => readFileSync(join(profileDir, name), "utf8"));
    const profile = JSON.parse(files.sort((a, b) => b.length - a.length)[0] ?? "{}") as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const seconds = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      if (!node) return;
      const area = areaOf(node.callFrame);
      seconds.set(area, (seconds.get(area) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1e6);
    });
    return seconds;
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** A Markdown table of two profiles side by side, biggest differences first. */
export function profileTable(ours: Map<string, number>, bare: Map<string, number>): string {
  const areas = [...new Set([...ours.keys(), ...bare.keys()])];
  const rows = areas
    .map((area) => ({ area, ours: ours.get(area) ?? 0, bare: bare.get(area) ?? 0 }))
    .filter((row) => row.ours >= 0.01 || row.bare >= 0.01)
    .sort((a, b) => b.ours - b.bare - (a.ours - a.bare));
  const total = (profile: Map<string, number>) => [...profile.values()].reduce((sum, s) => sum + s, 0);
  return [
    "| Where the main thread's time goes (self time) | Ours | Bare | Difference |",
    "|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.area} | ${r.ours.toFixed(2)} s | ${r.bare.toFixed(2)} s | ${(r.ours - r.bare >= 0 ? "+" : "") + (r.ours - r.bare).toFixed(2)} s |`,
    ),
    `| **Total** | ${total(ours).toFixed(2)} s | ${total(bare).toFixed(2)} s | ${(total(ours) - total(bare)).toFixed(2)} s |`,
  ].join("\n");
}
