// The folders of build-time code and data, derived from what the config actually imports: esbuild walks
// the import graph from plugins.ts (nothing is bundled or written). A hand-kept list went stale once
// already (src/search and src/stats were missing, so under `npm start` an edit there left pages stale).
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/** The project (or copy of it) this file belongs to. */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Folders (relative to the project, forward slashes) holding any file `entry` imports, directly or not. */
export function importedFolders(entry = "src/_config/plugins.ts", root = projectRoot): string[] {
  const { metafile } = buildSync({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external", // packages never change under `npm start`; only the project's own files
    logLevel: "silent",
  });
  return [...new Set(Object.keys(metafile.inputs).map((input) => posix.dirname(input.split("\\").join("/"))))].sort();
}
