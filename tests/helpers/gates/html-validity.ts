// Gate 1: the Nu Html Checker (vnu.jar from the vnu-jar package), run once over many files.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { findJava } from "../../../scripts/lib/test-tools.ts";

export interface HtmlFinding {
  file: string;
  line: number;
  column: number;
  message: string;
}

const vnuJar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");

/** One JVM for every file: starting Java per page would cost seconds each. */
export function validateHtml(files: string[], root: string): HtmlFinding[] {
  if (files.length === 0) return [];
  const run = spawnSync(
    findJava() ?? "java",
    ["-jar", vnuJar, "--errors-only", "--format", "json", "--exit-zero-always", ...files],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error("Java was not found. The HTML gate needs it: run npm test, which installs it or says how.");
  }
  // vnu writes its JSON report to stderr. An empty or unparsable report is a failure, never a pass.
  const json = run.stderr.trim() || run.stdout.trim();
  if (!json.startsWith("{"))
    throw new Error(`The Nu Html Checker gave no report (exit ${run.status}): ${run.stderr.slice(0, 300)}`);
  const messages =
    (
      JSON.parse(json) as {
        messages?: { type: string; url: string; lastLine?: number; firstColumn?: number; message: string }[];
      }
    ).messages ?? [];
  return messages
    .filter((m) => m.type === "error")
    .map((m) => ({
      file: relative(root, m.url.replace(/^file:/, "")),
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? 0,
      message: m.message,
    }));
}

export const formatHtmlFinding = (f: HtmlFinding): string =>
  `${f.file}:${f.line}:${f.column} ${f.message} (rules: https://html.spec.whatwg.org/multipage/)`;
