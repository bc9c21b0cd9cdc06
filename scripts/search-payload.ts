// npm run search-payload [-- --terms 5000] — bytes Pagefind downloads for real searches, measured in
// Chromium on the built site (or on a copy with N generated terms, from the benchmark generator).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prepareOurs } from "./bench/sites.ts";
import { measureSearchTransfer } from "./lib/search-transfer.ts";

const { values } = parseArgs({ options: { terms: { type: "string", default: "0" } } });
const terms = Number(values.terms ?? 0);
const queries = ["client journey", "churn", "discovery call"];

const root = terms > 0 ? prepareOurs(terms) : process.cwd();
const eleventy = join(process.cwd(), "node_modules/@11ty/eleventy/cmd.cjs");
const config = `--config=${join(process.cwd(), ".eleventy.js")}`;
const built = spawnSync(process.execPath, [eleventy, config, "--input=src", "--output=_site", "--quiet"], {
  cwd: root,
  stdio: "inherit",
});
if (built.status !== 0) process.exit(built.status ?? 1);

try {
  const transfer = await measureSearchTransfer(join(root, "_site"), queries);
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const site = terms > 0 ? `${terms} generated terms + the real site` : "The real site";
  console.log(
    `\n${site}: ${kib(transfer.gzipBytes)} gzip (${kib(transfer.rawBytes)} as files) ` +
      `for ${queries.length} searches (${queries.join(", ")})`,
  );
  for (const [kind, bytes] of [...transfer.gzipByKind].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kind.padEnd(24)} ${kib(bytes)}`);
  }
} finally {
  if (terms > 0) rmSync(root, { recursive: true, force: true });
}
