// Under `npm start` (eleventy --serve), how long from saving one term until the rebuilt page is
// written, and until the search index that follows it is refreshed.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { eleventyCli } from "./build-once.ts";
import { syntheticSlug } from "./generate-terms.ts";

export interface EditTimes {
  /** Saving the file → Eleventy's "Wrote N files" line: the page a reader reloads is new. */
  pageSeconds: number[];
  /** Saving the file → "[search] indexed": a search now finds the new words too. */
  searchSeconds: number[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function editToVisible(dir: string, config: string, edits: number): Promise<EditTimes> {
  const port = await freePort();
  const args = [eleventyCli, `--config=${config}`, "--input=src", "--output=_site", "--serve", `--port=${port}`];
  const child = spawn(process.execPath, args, { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const seen: { at: number; length: number }[] = [];
  const onData = (chunk: Buffer) => {
    log += chunk.toString("utf8");
    seen.push({ at: performance.now(), length: log.length });
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  /** The time at which the log, from offset `from`, first matched `pattern`. */
  const waitFor = (pattern: RegExp, from: number) =>
    new Promise<number>((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}:\n${log.slice(-2000)}`)),
        300_000,
      );
      const check = () => {
        const match = pattern.exec(log.slice(from));
        if (!match) return void setTimeout(check, 5);
        clearTimeout(deadline);
        const end = from + match.index + match[0].length;
        resolve(seen.find((chunk) => chunk.length >= end)?.at ?? performance.now());
      };
      check();
    });
  const indexed = /\[search\] indexed \d+ pages/;
  try {
    await waitFor(indexed, 0);
    const times: EditTimes = { pageSeconds: [], searchSeconds: [] };
    for (let edit = 1; edit <= edits; edit += 1) {
      const mark = log.length;
      const saved = performance.now();
      const file = join(dir, "src/glossary", `${syntheticSlug(1)}.md`);
      appendFileSync(file, `\nOne more sentence, edit ${edit} during the benchmark.\n`);
      times.pageSeconds.push(((await waitFor(/Wrote \d+ files?/, mark)) - saved) / 1000);
      times.searchSeconds.push(((await waitFor(indexed, mark)) - saved) / 1000);
    }
    return times;
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}
