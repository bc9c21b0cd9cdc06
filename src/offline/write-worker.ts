// The build step after Pagefind (`npm run build`'s last command, and tests/helpers/build-site.ts):
// lists the built files, hashes each, plans the precache within its budget and writes /sw.js.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { planPrecache, type PrecachePlan, type SiteFile } from "./precache-plan.ts";

const workerSource = fileURLToPath(new URL("./service-worker.ts", import.meta.url));

/** Every file of the built site, as its address, size and content hash. */
export function listSiteFiles(outputDir: string): SiteFile[] {
  return readdirSync(outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const relative = posix.normalize(file.slice(outputDir.length).split("\\").join("/"));
      const bytes = readFileSync(file);
      return {
        url: relative.replace(/(^|\/)index\.html$/, "$1"),
        bytes: bytes.length,
        hash: createHash("sha256").update(bytes).digest("hex").slice(0, 16),
      };
    })
    .filter((file) => file.url !== "/sw.js");
}

/** Writes `outputDir`/sw.js and returns its plan. */
export async function writeServiceWorker(outputDir: string): Promise<PrecachePlan> {
  const plan = planPrecache(listSiteFiles(outputDir));
  const version = createHash("sha256")
    .update(plan.entries.map((entry) => `${entry.url} ${entry.revision}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  await esbuild.build({
    entryPoints: [workerSource],
    outfile: join(outputDir, "sw.js"),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
    define: { PRECACHE: JSON.stringify(plan.entries), VERSION: JSON.stringify(version) },
  });
  return plan;
}
