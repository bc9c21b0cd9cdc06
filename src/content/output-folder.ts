// Which folder a production build may empty before it writes. Pure: paths in, a reason out.
import { isAbsolute, relative, resolve } from "node:path";

/** True when `inner` is `outer` itself or lies somewhere inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/**
 * Why `output` must not be emptied, or undefined when it may be. A production build starts from an
 * empty folder so that nothing an earlier build or preview wrote (a draft, a deleted or renamed term)
 * survives; emptying a folder that holds the sources, the project or the disk would be a disaster, so
 * the output must be a folder of its own, containing none of `keep` (input, includes, data, project).
 */
export function outputFolderProblem(output: string, keep: string[]): string | undefined {
  const folder = resolve(output);
  if (folder === resolve("/")) return "the output folder is the root of the disk";
  const holds = keep.map((path) => resolve(path)).find((path) => isWithin(path, folder));
  return holds ? `the output folder ${folder} contains ${holds}, which a build must never delete` : undefined;
}
