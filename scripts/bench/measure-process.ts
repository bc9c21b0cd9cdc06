// Runs a command as a child process and measures its wall time and the peak memory of its whole
// process tree. Pagefind and esbuild run as child processes of Node, so the Node process's own
// maxRSS would leave them out; summing /proc over the tree, sampled, counts both sides alike.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface MeasuredRun {
  seconds: number;
  /** Highest sum of resident memory over the process and its descendants, sampled every 100 ms. */
  peakTreeMb: number;
  stdout: string;
  stderr: string;
}

const pageKb = 4; // Linux reports statm in pages of 4 KiB on this kind of machine.

/** pid → parent pid and resident KiB, for every process visible in /proc. */
function processTable(): Map<number, { parent: number; rssKb: number }> {
  const table = new Map<number, { parent: number; rssKb: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name sits in parentheses and may hold spaces; fields after it are fixed.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]);
      table.set(Number(name), { parent, rssKb: rssPages * pageKb });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(
  command: string,
  args: string[],
  { cwd, env = {} }: { cwd: string; env?: Record<string, string> },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakKb = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const sample = () => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, peakTreeMb: peakKb / 1024, stdout, stderr });
    });
  });
}
