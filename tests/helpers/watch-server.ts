// Runs `eleventy --serve` (what `npm start` runs) on a site folder, on a free port, for tests that
// edit files while it watches. Always stop() it: it kills the whole process group.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { projectRoot } from "./paths.ts";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface WatchServer {
  url: string;
  /** Everything the process printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once the output, from `since` on, matches `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp, since?: number, timeoutMs?: number): Promise<void>;
  stop(): void;
}

export async function startWatchServer(siteDir: string): Promise<WatchServer> {
  const port = await freePort();
  const eleventy = join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs");
  const child: ChildProcess = spawn(
    process.execPath,
    [eleventy, "--config=.eleventy.js", "--input=src", "--output=_site", "--serve", `--port=${port}`],
    {
      cwd: siteDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ELEVENTY_RUN_MODE: undefined },
    },
  );
  let text = "";
  let exited = false;
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  child.on("exit", () => {
    exited = true;
    for (const listener of listeners) listener();
  });
  return {
    url: `http://localhost:${port}`,
    output: () => text,
    waitFor: (pattern, since = 0, timeoutMs = 90_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`timed out waiting for ${pattern}; output:\n${text}`)),
          timeoutMs,
        );
        const check = () => {
          if (pattern.test(text.slice(since))) finish();
          else if (exited) finish(new Error(`eleventy --serve exited; output:\n${text}`));
        };
        const finish = (error?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        };
        listeners.add(check);
        check();
      }),
    stop: () => {
      if (!exited && child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
