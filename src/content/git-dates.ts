// Last-commit dates for many files from ONE git call, instead of one process per page.
import { execFileSync } from "node:child_process";

/** Map of repo-relative path → date of the newest commit that touched it. Empty outside git. */
export function lastCommitDates(cwd: string, folders: string[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=%x00%cI", "--name-only", "--", ...folders], {
      cwd,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return dates; // Not a git checkout (a tarball, a fresh copy): callers fall back to file times.
  }
  // Newest commits come first, so the first date seen for a path is its last change.
  // In a shallow clone every file gets the one commit's date, which is still a fair "updated".
  for (const chunk of log.split("\0")) {
    const [dateLine, ...paths] = chunk.trim().split("\n");
    if (!dateLine) continue;
    const date = new Date(dateLine);
    for (const path of paths) if (path && !dates.has(path)) dates.set(path, date);
  }
  return dates;
}
